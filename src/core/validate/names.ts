import { type Diagnostic, diag } from '../diagnostics';
import type { Rule } from './context';
import { isValueName } from '../codegen/names';
import { OCAML_KEYWORDS } from '../codegen/ocaml-literals';

/**
 * Whether a unikernel name (`register "<name>"`, the binary, the zip and its folder) is usable: not empty, no
 * control character, no path (separator, `..`, absolute) — so it never names a file outside the output folder —
 * and only the characters Mirage keeps in the package name and the binary alike.
 */
export function validUnikernelName(name: string): { ok: true } | { ok: false; why: string } {
  if (name.trim() === '') return { ok: false, why: 'it is empty' };
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f))) return { ok: false, why: 'it holds a control character' };
  if (/^[A-Za-z]:/.test(name) || name.startsWith('/') || name.startsWith('\\')) return { ok: false, why: 'it is an absolute path' };
  if (/[/\\]/.test(name)) return { ok: false, why: 'it holds a path separator (`/` or `\\`)' };
  if (name.includes('..')) return { ok: false, why: 'it holds `..`' };
  // Mirage names the package `opamify name` (keeps letters, digits, `_`, `-`; `.` → `_`; drops the rest,
  // lib/functoria/misc.ml@v4.11.1) but the binary and its dune rule `dist/NAME` use the name as given
  // (lib/devices/target.ml@v4.11.1): other characters make the two disagree or break the dune file.
  const odd = [...new Set([...name].filter((c) => !/[A-Za-z0-9_.-]/.test(c)))];
  if (odd.length) return { ok: false, why: `it holds ${odd.map((c) => (c === ' ' ? 'a space' : `\`${c}\``)).join(', ')}: use letters, digits, \`_\`, \`-\` and \`.\`` };
  if (/^[-.]/.test(name)) return { ok: false, why: 'it starts with `-` or `.`' };
  return { ok: true };
}

/** Instances that get no `let` binding in config.ml. */
const UNBOUND = new Set(['register']);

/**
 * The unikernel name (MC026, `validUnikernelName`). Binding names: unique (MC006) and lowercase OCaml
 * identifiers that are not keywords (MC007).
 * (A name that hides a Mirage value still used later, like `http`, is renamed by codegen: no diagnostic.)
 */
export const nameRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const unikernel = validUnikernelName(ctx.design.name);
  if (!unikernel.ok) {
    out.push(diag('MC026', 'error', `The unikernel name \`${ctx.design.name}\` cannot be used: ${unikernel.why}.`, { hint: 'Use letters, digits, `-` and `_`, such as `my-server`.' }));
  }
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
