import type { DeviceInstance } from '../design/schema';
import { strList } from '../catalog/ports';
import { isSolo5 } from './targets';

/**
 * The targets each predicate of Mirage's `Key` is true on: `is_unix` = mode_unix (unix, macosx), `is_xen` =
 * mode_xen (xen, qubes), `is_solo5` = mode_solo5 (hvt, spt, virtio, muen, genode), `is_unikraft` =
 * mode_unikraft (firecracker, qemu) — lib/mirage/mirage_key.ml@v4.0.0..v4.4.2, lib/devices/key.ml@v4.5.0..v4.11.1
 * (`is_unikraft` from 4.10.0; the composer names those targets `unikraft-firecracker`, `unikraft-qemu`).
 */
const PREDICATES: Record<string, (target: string) => boolean> = {
  is_unix: (t) => t === 'unix' || t === 'macosx',
  is_xen: (t) => t === 'xen' || t === 'qubes',
  is_solo5: isSolo5,
  is_unikraft: (t) => t.startsWith('unikraft'),
};

/** The value of an `if_impl` condition on a target when it is one of Mirage's target predicates (`{ key: "is_solo5" }`, `Key.is_solo5`, `Mirage.Key.is_xen`, `(Key.is_unix)`); null otherwise. */
export function targetCondition(cond: unknown, target: string): boolean | null {
  // A modelled configure key (`{ key: "is_solo5" }`) or OCaml text naming one.
  const name =
    cond !== null && typeof cond === 'object' && !Array.isArray(cond) && typeof (cond as { key?: unknown }).key === 'string' && (cond as { group?: unknown }).group === undefined
      ? (cond as { key: string }).key
      : typeof cond === 'string'
        ? /^\(*\s*(?:Mirage\s*\.\s*)?Key\s*\.\s*(is_[a-z0-9_]+)\s*\)*$/.exec(cond.trim())?.[1]
        : undefined;
  const p = name !== undefined && Object.hasOwn(PREDICATES, name) ? PREDICATES[name] : undefined;
  return p ? p(target) : null;
}

/**
 * The one input port of a selector that Mirage configures on a target (`Impl.simplify` keeps the chosen branch):
 * `then`/`else` of an `if_impl` whose condition is a target predicate, the target's `case_<t>` of a
 * `match_impl` (its `default` when the target has no case); null when any branch may be (a condition the
 * composer does not evaluate) or the instance is no selector.
 */
export function chosenBranch(inst: DeviceInstance, target: string): string | null {
  if (inst.device === 'if_impl') {
    const v = targetCondition(inst.params.cond, target);
    return v === null ? null : v ? 'then' : 'else';
  }
  if (inst.device === 'match_impl') return strList(inst.params.cases).includes(target) ? `case_${target}` : 'default';
  return null;
}
