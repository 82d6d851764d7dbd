import { reference } from '../reference/api';
import { type MirageVersion, atLeast } from '../reference/versions';

/**
 * How to refer to a `Key` / `Runtime_arg` member of a given type at a release: `Key.is_solo5` for a
 * `bool value`, `(Runtime_arg.ipv4_only ())` for `bool runtime_arg` (optional arguments skipped, a `unit`
 * argument applied). Null when the release has no such member of that type.
 */
export function memberOfType(mod: 'Key' | 'Runtime_arg', raw: string, type: string, version: MirageVersion): { name: string; applyUnit: boolean } | null {
  const name = raw.trim().replace(new RegExp(`^${mod}\\.`), '');
  if (!/^[a-z_][A-Za-z0-9_']*$/.test(name)) return null;
  const sig = reference.submodules[mod]?.find((m) => m.name === name)?.versions[version];
  if (!sig) return null;
  const rest = sig.replace(/\?[a-z_]+:[^>]*?-> /g, '').trim();
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (norm(rest) === norm(type)) return { name: `${mod}.${name}`, applyUnit: false };
  if (norm(rest) === norm(`unit -> ${type}`)) return { name: `${mod}.${name}`, applyUnit: true };
  return null;
}

const KEY_4_0 = 'create pure map if_ match_ default value name v abstract equal hash compare pp of_deps deps pp_deps is_runtime is_configure filter_stage alias aliases dump_context empty_context merge_context add_to_context context mem peek eval get find pps ocaml_name serialize_call serialize module_name';
const KEY_4_5 = 'create pure map if_ match_ default value name v equal pp of_deps deps pp_deps add_to_context context mem peek eval get find pps';

/**
 * The values Mirage's `Key` gets from Functoria's `Key` (`include Functoria.KEY` / `module type of
 * Functoria.Key`), which the facts do not list member by member: the `val`s of lib/functoria/key.mli
 * @v4.0.0..v4.4.2 and @v4.5.0..v4.11.1 (the same within each span).
 */
export function functoriaKeyValues(version: MirageVersion): ReadonlySet<string> {
  return new Set([...(atLeast(version, '4.5.0') ? KEY_4_5 : KEY_4_0).split(' '), '$']);
}
