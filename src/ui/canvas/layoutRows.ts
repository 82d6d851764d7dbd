import type { ElkNode } from 'elkjs/lib/elk-api';

/** Placing an ELK layering on the canvas (pure; the layout worker uses it too, so nothing here imports React). */

export type Size = { width: number; height: number };
type Pos = Record<string, { x: number; y: number }>;

/** The top-left position of every device of a laid-out ELK graph, wrapped into rows `width` wide (see `wrapRows`). */
export function placeLayout(out: ElkNode, sizes: ReadonlyMap<string, Size>, width: number): Pos {
  const pos: Pos = Object.create(null) as Pos;
  for (const c of out.children ?? []) pos[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return wrapRows(pos, sizes, width);
}

const LAYER_GAP = 56;
const ROW_GAP = 64;

/**
 * Wraps a left-to-right layering wider than `width` into rows (pure): runs of whole layers (devices
 * sharing an x) that fit the width, each row below the previous one and starting at the left edge, so
 * a long chain reads like lines of text. Layouts that fit are returned unchanged.
 */
export function wrapRows(pos: Record<string, { x: number; y: number }>, sizes: ReadonlyMap<string, Size>, width: number): Record<string, { x: number; y: number }> {
  const ids = Object.keys(pos);
  if (!ids.length) return pos;
  const w = (id: string) => sizes.get(id)?.width ?? 180;
  const h = (id: string) => sizes.get(id)?.height ?? 120;
  const left = Math.min(...ids.map((id) => pos[id]!.x));
  const right = Math.max(...ids.map((id) => pos[id]!.x + w(id)));
  if (right - left <= width) return pos;
  const layers = [...new Set(ids.map((id) => pos[id]!.x))].sort((a, b) => a - b);
  const rows: number[][] = [];
  let row: number[] = [];
  let start = 0;
  for (const x of layers) {
    const end = Math.max(...ids.filter((id) => pos[id]!.x === x).map((id) => x + w(id)));
    if (row.length && end - start > width) {
      rows.push(row);
      row = [];
    }
    if (!row.length) start = x;
    row.push(x);
  }
  rows.push(row);
  const out: Record<string, { x: number; y: number }> = {};
  const top = Math.min(...ids.map((id) => pos[id]!.y));
  let y = top;
  for (const r of rows) {
    const members = ids.filter((id) => r.includes(pos[id]!.x));
    const y0 = Math.min(...members.map((id) => pos[id]!.y));
    const y1 = Math.max(...members.map((id) => pos[id]!.y + h(id)));
    for (const id of members) out[id] = { x: pos[id]!.x - r[0]! + left, y: pos[id]!.y - y0 + y };
    y += y1 - y0 + ROW_GAP + LAYER_GAP / 2;
  }
  return out;
}
