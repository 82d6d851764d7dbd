import { runtimeArgsSupported } from '../reference/api';
import { type Diagnostic, diag } from '../diagnostics';
import { literalProblem, parseArgType } from '../ocaml/types';
import { isValueName } from '../codegen/names';
import type { Rule } from './context';

/**
 * Design runtime arguments (MC017): none on Mirage 4.0.0 (which has configure keys instead), names are
 * OCaml value names, the type is one config.ml and the unikernel's command line can both declare
 * (`int`, `string option`, `(string * int) list`… see `ocaml/types.ts`), defaults are literals of it.
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
    const type = parseArgType(a.type);
    if (!type.ok) {
      out.push(
        diag('MC017', 'error', `Runtime argument \`${a.name}\` has type \`${a.type}\`, which a unikernel cannot read from its command line: ${type.why}.`, {
          hint: 'Use int, int32, int64, float, bool, char or string, with option, list or array after it, or a pair `a * b`.',
        }),
      );
    } else if (a.default !== undefined) {
      const bad = literalProblem(type.type, a.default);
      if (bad) out.push(diag('MC017', 'error', `The default of runtime argument \`${a.name}\` (${a.type}) is not usable: ${bad}`));
    }
  }
  return out;
};
