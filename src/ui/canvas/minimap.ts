import { boundsOf } from './viewport';

/** How the minimap draws the flow: a flow point (x, y) is at (map.x + x·scale, map.y + y·scale) in the minimap. */
export interface MiniMapping {
  x: number;
  y: number;
  scale: number;
}

type Placed = { position: { x: number; y: number }; measured?: { width?: number; height?: number } };

/** The mapping that fits every node (usual size until measured) into a `width`×`height` minimap with a margin, centred (pure). */
export function miniMapping(nodes: readonly Placed[], width: number, height: number, margin = 0.06): MiniMapping {
  const b = width > 0 && height > 0 ? boundsOf(nodes) : null;
  if (!b) return { x: 0, y: 0, scale: 1 };
  const { x: x0, y: y0, width: bw, height: bh } = b;
  const scale = Math.min((width * (1 - 2 * margin)) / bw, (height * (1 - 2 * margin)) / bh);
  return { x: (width - bw * scale) / 2 - x0 * scale, y: (height - bh * scale) / 2 - y0 * scale, scale };
}
