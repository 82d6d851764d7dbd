import { codeShape } from '../codegen/ocaml-shape';
import { mirageValueNames } from '../codegen/ir-names';
import type { DeviceInstance } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import { checkRawOcaml } from '../ocaml/balance';
import { OCAML_KEYWORDS } from '../ocaml/keywords';
import { boundNames, opensModules, qualifiedRefs, usedValueNames } from '../ocaml/scope';
import { reference } from '../reference/api';
import { MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';
import { strList } from '../catalog/ports';
import { functoriaKeyValues } from '../facts/members';
import type { Rule, RuleContext } from './context';

/** One piece of raw OCaml in a design: an `ocaml_code` node's code or a `{ ocaml }` parameter value. */
interface CodeSite {
  inst: DeviceInstance;
  param: string;
  code: string;
  /** An `ocaml_code` node (top-level items allowed), not a parameter expression. */
  node: boolean;
}

function sites(ctx: RuleContext): CodeSite[] {
  const out: CodeSite[] = [];
  for (const inst of ctx.design.devices) {
    if (inst.device === 'ocaml_code' && typeof inst.params.code === 'string') out.push({ inst, param: 'code', code: inst.params.code, node: true });
    for (const [param, v] of Object.entries(inst.params)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && 'ocaml' in v && v.ocaml.trim()) out.push({ inst, param, code: v.ocaml, node: false });
    }
  }
  return out;
}

/**
 * Raw OCaml kept in a design (`ocaml_code` nodes, `{ ocaml }` values): it must lex and nest (MC023, the
 * reason and its line:column in the code); the Mirage values it names must exist in the design's Mirage
 * version (MC024, e.g. a 4.0-era `foreign` in 4.5+, `Key.…`/`Runtime_arg.…` members too); what only the
 * OCaml compiler can tell — types, the names that are neither Mirage's nor the design's — is listed as
 * not checked (MC025, info).
 */
export const codeRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const all = sites(ctx);
  if (!all.length) return out;
  const designNames = new Set<string>([...ctx.design.devices.map((d) => d.name), ...ctx.design.runtimeArgs.map((a) => a.name)]);
  const opened = all.some((s) => s.node && checkRawOcaml(s.code).ok && opensModules(checkRawOcaml(s.code).tokens));
  for (const s of all) {
    const where = { instance: s.inst.id, param: s.param };
    const title = s.node ? `The OCaml code of \`${ctx.label(s.inst.id)}\`` : `The OCaml value of ${s.param} of \`${ctx.label(s.inst.id)}\``;
    const checked = checkRawOcaml(s.code);
    if (!checked.ok) {
      const p = checked.problem;
      out.push(diag('MC023', 'error', `${title} cannot be printed as written (line ${p.line}, column ${p.column} of the code): ${p.message}`, { ...where, hint: 'Close every comment, string and bracket it opens.' }));
      continue;
    }
    const shape = s.node ? codeShape(s.code) : null;
    if (shape?.kind === 'broken') {
      out.push(diag('MC023', 'error', `${title} cannot be printed after \`let ${ctx.label(s.inst.id)} =\`: ${shape.why}; it would swallow the bindings after it.`, where));
      continue;
    }
    const local = boundNames(checked.tokens);
    for (const r of strList(s.inst.params.refs)) local.add(r);
    const free = [...usedValueNames(checked.tokens)].filter((n) => !local.has(n) && !designNames.has(n) && !OCAML_KEYWORDS.has(n));
    const unchecked: string[] = [];
    const mayComeFromOpen = opened || opensModules(checked.tokens);
    for (const name of free) {
      if (mirageValueNames(ctx.design.mirage).has(name)) continue;
      const other = elsewhere(name, (v) => mirageValueNames(v).has(name), ctx.design.mirage);
      if (other && !mayComeFromOpen) out.push(diag('MC024', 'error', `${title} uses \`${name}\`, which is not in Mirage ${ctx.design.mirage}: ${other}.`, { ...where, ...hintFor(name) }));
      else unchecked.push(name);
    }
    for (const r of qualifiedRefs(checked.tokens)) {
      const mod = r.path[0] === 'Mirage' ? r.path.slice(1) : r.path;
      if (mod.length === 0) {
        if (!mirageValueNames(ctx.design.mirage).has(r.name)) {
          const other = elsewhere(r.name, (v) => mirageValueNames(v).has(r.name), ctx.design.mirage);
          if (other) out.push(diag('MC024', 'error', `${title} uses \`Mirage.${r.name}\`, which is not in Mirage ${ctx.design.mirage}: ${other}.`, where));
          else unchecked.push(`Mirage.${r.name}`);
        }
        continue;
      }
      const members = mod.length === 1 ? reference.submodules[mod[0]!] : undefined;
      if (!members) {
        unchecked.push(`${r.path.join('.')}.${r.name}`);
        continue;
      }
      const m = members.find((x) => x.name === r.name);
      // `Key.value`, `Key.pure`… come from Functoria's `Key`, which the facts do not list member by member.
      const fromFunctoria = (v: MirageVersion) => mod[0] === 'Key' && functoriaKeyValues(v).has(r.name);
      const has = (v: MirageVersion) => !!m?.versions[v] || fromFunctoria(v);
      if (has(ctx.design.mirage)) continue;
      const other = elsewhere(r.name, has, ctx.design.mirage);
      out.push(diag('MC024', 'error', `${title} uses \`${mod[0]}.${r.name}\`, which is not in Mirage ${ctx.design.mirage}${other ? `: ${other}` : ' (in no covered version)'}.`, where));
    }
    const names = [...new Set(unchecked)];
    const list = names.length ? `; the names ${names.slice(0, 8).map((n) => `\`${n}\``).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''} are not Mirage's nor the design's` : '';
    out.push(diag('MC025', 'info', `${title} is checked for its syntax and its Mirage names only: its types${list} are checked by the OCaml compiler when \`mirage configure\` runs (not checked here).`, where));
  }
  return out;
};

/** `removed in 4.5.0` / `added in 4.3.1` for a name that exists in other covered versions; null when in none. */
function elsewhere(name: string, has: (v: MirageVersion) => boolean, v: MirageVersion): string | null {
  const exists = MIRAGE_VERSIONS.filter(has);
  if (!exists.length) return null;
  const i = MIRAGE_VERSIONS.indexOf(v);
  const earlier = [...exists].reverse().find((x) => MIRAGE_VERSIONS.indexOf(x) < i);
  const later = exists.find((x) => MIRAGE_VERSIONS.indexOf(x) > i);
  if (earlier) {
    const next = MIRAGE_VERSIONS[MIRAGE_VERSIONS.indexOf(earlier) + 1]!;
    return `it was removed in ${next} (last in ${earlier})`;
  }
  return `it was added in ${later}`;
}

/** What replaced a removed Mirage value, where the Mirage change log says so. */
function hintFor(name: string): { hint?: string } {
  // CHANGES.md@v4.5.0: "BREAKING: remove `Mirage.foreign`. Use `Mirage.main` instead (#1505)".
  return name === 'foreign' ? { hint: 'Use `main` (with `~runtime_args` for arguments) instead of `foreign`.' } : {};
}
