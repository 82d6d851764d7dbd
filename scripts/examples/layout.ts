import type { Design } from '../../src/core/design/schema';

const COL = 280;
const ROW = 150;

/**
 * Tidy left-to-right positions: an instance's column is the longest wire path leading into it
 * (sources on the left, `register` on the right); rows follow the order devices were added.
 */
export function layoutLeftToRight(d: Design): Design {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const ins = d.wires.filter((w) => w.to === id).map((w) => depthOf(w.from) + 1);
    const v = Math.max(0, ...ins);
    visiting.delete(id);
    depth.set(id, v);
    return v;
  };
  const rows = new Map<number, number>();
  const devices = d.devices.map((inst) => {
    const col = depthOf(inst.id);
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    return { ...inst, position: { x: col * COL, y: row * ROW } };
  });
  return { ...d, devices };
}
