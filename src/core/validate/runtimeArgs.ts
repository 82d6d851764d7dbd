import { runtimeArgsSupported } from '../reference/api';
import { type Diagnostic, diag } from '../diagnostics';
import type { Rule } from './context';
import { isValueName } from '../codegen/names';
import { isOcamlInt, isOcamlInt64 } from './values';

/**
 * Design runtime arguments (MC017): none on Mirage 4.0.0 (which has configure keys instead), names are
 * OCaml value names, defaults are literals of the declared type.
 */
export const runtimeArgRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const args = ctx.design.runtimeArgs;
  if (args.length > 0 && !runtimeArgsSupported(ctx.design.mirage)) {
    out.push(
      diag('MC017', 'error', `Mirage ${ctx.design.mirage} has no runtime arguments (\`Runtime_arg\` arrived in 4.5.0); it uses configure keys.`, {
        hint: 'Use Mirage 4.5.1 or later, or remove the runtime arguments.',
      }),
    );
  }
  for (const a of args) {
    if (!isValueName(a.name)) {
      out.push(diag('MC017', 'error', `Runtime argument \`${a.name}\` needs a lowercase OCaml name (it becomes \`Unikernel.${a.name}\`).`));
    }
    if (a.default !== undefined) {
      const bad = defaultProblem(a.type.trim(), a.default.trim());
      if (bad) out.push(diag('MC017', 'error', `The default of runtime argument \`${a.name}\` ${bad}`));
    }
  }
  return out;
};

/** Why an OCaml literal does not fit a simple type (null when it does, or the type is not checked). */
function defaultProblem(type: string, lit: string): string | null {
  const opt = /^(.*) option$/.exec(type);
  if (opt) {
    if (lit === 'None') return null;
    const some = /^Some\s*(?:\((.*)\)|(.*))$/s.exec(lit);
    return some ? defaultProblem(opt[1]!.trim(), (some[1] ?? some[2] ?? '').trim()) : `is not \`None\` or \`Some …\` (${type}).`;
  }
  switch (type) {
    case 'int':
      return isOcamlInt(lit) ? null : `\`${lit}\` is not an int.`;
    case 'int64':
      return isOcamlInt64(lit.replace(/L$/, '')) ? null : `\`${lit}\` is not an int64 (like \`30L\`).`;
    case 'bool':
      return lit === 'true' || lit === 'false' ? null : `\`${lit}\` is not \`true\` or \`false\`.`;
    case 'string':
      return /^"(?:[^"\\]|\\.)*"$/s.test(lit) ? null : `\`${lit}\` is not an OCaml string literal (quoted).`;
    default:
      return null;
  }
}
