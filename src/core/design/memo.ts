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
