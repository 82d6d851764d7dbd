import type { Design } from '../../core/design/schema';
import type { PendingWire } from '../store/uiStore';

type Pos = { x: number; y: number };

/** Node width (as the CSS draws it) and the gap left between a device and a neighbour placed beside it. */
export const NODE_W = 180;
const BESIDE = NODE_W + 80;

/** The first spot at or below `p` (in 48px steps) where a new node does not cover another one (pure). */
export function freeSpot(taken: readonly Pos[], p: Pos): Pos {
  const near = taken.filter((q) => Math.abs(q.x - p.x) < 190);
  let y = p.y;
  for (let i = 0; i < 400 && near.some((q) => Math.abs(q.y - y) < 110); i++) y += 48;
  return { x: p.x, y };
}

/**
 * Where a device goes beside `anchor`: on its left when the new device feeds one of its inputs
 * (`side` 'target'), on its right when it takes its output ('source'); moved down to a free spot (pure).
 */
export function spotBeside(d: Design, anchor: string, side: PendingWire['side']): Pos | null {
  const a = d.devices.find((x) => x.id === anchor);
  if (!a) return null;
  const p = { x: Math.round(a.position.x + (side === 'target' ? -BESIDE : BESIDE)), y: Math.round(a.position.y) };
  return freeSpot(d.devices.map((x) => x.position), p);
}

/**
 * Where quick-add puts a device for the point `p` the user picked (a drop or a double-click): with a
 * dangling wire, beside its device when the point is on the wrong side of it, else at the point;
 * without one, centred on the point at a free spot (pure).
 */
export function spotFor(d: Design, p: Pos, pending: PendingWire | null): Pos {
  const taken = d.devices.map((x) => x.position);
  if (!pending) return freeSpot(taken, { x: Math.round(p.x - NODE_W / 2), y: Math.round(p.y - 40) });
  const a = d.devices.find((x) => x.id === pending.node);
  const at = pending.side === 'target' ? { x: Math.round(p.x - NODE_W - 60), y: Math.round(p.y - 30) } : { x: Math.round(p.x), y: Math.round(p.y - 30) };
  // A device feeding `a` belongs on its left, one taking its output on its right.
  const wrongSide = a && (pending.side === 'target' ? at.x > a.position.x - NODE_W : at.x < a.position.x + NODE_W);
  return wrongSide ? (spotBeside(d, pending.node, pending.side) ?? at) : freeSpot(taken, at);
}
