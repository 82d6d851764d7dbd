import { reference } from '../reference/api';
import type { MirageVersion } from '../reference/versions';

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
