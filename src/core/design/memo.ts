import type { Design } from './schema';

/** What a cached result was computed from: the design's lists (object and length) and scalar fields. */
function sameShape(a: readonly unknown[], d: Design): boolean {
  return (
    a[0] === d.devices && a[1] === d.devices.length && a[2] === d.wires && a[3] === d.wires.length &&
    a[4] === d.runtimeArgs && a[5] === d.runtimeArgs.length && a[6] === d.mirage && a[7] === d.target &&
    a[8] === d.name && a[9] === d.notes && a[10] === d.groups
  );
}

const shapeOf = (d: Design): unknown[] => [d.devices, d.devices.length, d.wires, d.wires.length, d.runtimeArgs, d.runtimeArgs.length, d.mirage, d.target, d.name, d.notes, d.groups];

/**
 * `f` memoised per design object (designs are immutable values: every edit makes a new one). A design changed
 * in place — a list replaced or grown, as the test generators build theirs — is recomputed, never served stale.
 */
export function memoPerDesign<T>(f: (d: Design) => T): (d: Design) => T {
  const cache = new WeakMap<Design, { shape: unknown[]; value: T }>();
  return (d) => {
    const hit = cache.get(d);
    if (hit && sameShape(hit.shape, d)) return hit.value;
    const value = f(d);
    cache.set(d, { shape: shapeOf(d), value });
    return value;
  };
}

/** What `movedOnly` compares a design with: its top-level fields and its list of instance objects, as they were. */
export interface DesignShot {
  fields: Record<string, unknown>;
  devices: readonly Design['devices'][number][];
  wires: Design['wires'];
  wireCount: number;
}

/** A record of `d` as it is now (a copy of its lists of references: cheap). */
export function designShot(d: Design): DesignShot {
  const { devices, wires, ...fields } = d;
  return { fields, devices: [...devices], wires, wireCount: wires.length };
}

/**
 * True when `d` is the design recorded in `shot` with some instances moved and nothing else changed: the same
 * fields and lists (by reference), the same instances in the same order, each the same object or a copy whose only
 * different field is `position`. What does not depend on positions (validation, the config.ml bindings) carries over.
 */
export function movedOnly(shot: DesignShot, d: Design): boolean {
  const { devices, wires, ...fields } = d;
  if (wires !== shot.wires || wires.length !== shot.wireCount || devices.length !== shot.devices.length) return false;
  const keys = Object.keys(fields);
  if (keys.length !== Object.keys(shot.fields).length || keys.some((k) => (fields as Record<string, unknown>)[k] !== shot.fields[k])) return false;
  for (let i = 0; i < devices.length; i++) {
    const a = shot.devices[i]!;
    const b = devices[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.device !== b.device || a.name !== b.name || a.params !== b.params) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length || kb.some((k) => k !== 'position' && (a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
