import { type Diagnostic, diag } from '../diagnostics';
import type { Rule } from './context';
import { isValueName } from '../codegen/names';
import { OCAML_KEYWORDS } from '../codegen/ocaml-literals';

/** Instances that get no `let` binding in config.ml. */
const UNBOUND = new Set(['register']);

/**
 * Binding names: unique (MC006) and lowercase OCaml identifiers that are not keywords (MC007).
 * (A name that hides a Mirage value still used later, like `http`, is renamed by codegen: no diagnostic.)
 */
export const nameRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const d of ctx.design.devices) {
    if (UNBOUND.has(d.device)) continue;
    const name = d.name;
    if (name === '') {
      out.push(diag('MC007', 'error', `This \`${d.device}\` has no binding name.`, { instance: d.id, hint: 'Give it a lowercase name such as `net` or `stack`.' }));
      continue;
    }
    if (!isValueName(name)) {
      const why = OCAML_KEYWORDS.has(name)
        ? `\`${name}\` is an OCaml keyword`
        : /^[A-Z]/.test(name)
          ? `\`${name}\` starts with a capital letter (that would be a module or constructor)`
          : `\`${name}\` is not an OCaml value name`;
      out.push(diag('MC007', 'error', `${why}; it cannot name a binding.`, { instance: d.id, hint: 'Use lowercase letters, digits and `_`, starting with a letter or `_`.' }));
    }
    if (seen.has(name)) {
      out.push(diag('MC006', 'error', `Two devices are bound to \`${name}\`; the second \`let ${name}\` would hide the first.`, { instance: d.id, hint: 'Rename one of them.' }));
    } else seen.add(name);
  }
  return out;
};
