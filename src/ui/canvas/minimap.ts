/** How the minimap draws the flow: a flow point (x, y) is at (map.x + x·scale, map.y + y·scale) in the minimap. */
export interface MiniMapping {
  x: number;
  y: number;
  scale: number;
}

type Placed = { position: { x: number; y: number }; measured?: { width?: number; height?: number } };

/** The mapping that fits every node (usual size until measured) into a `width`×`height` minimap with a margin, centred (pure). */
export function miniMapping(nodes: readonly Placed[], width: number, height: number, margin = 0.06): MiniMapping {
  if (!nodes.length || width <= 0 || height <= 0) return { x: 0, y: 0, scale: 1 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.measured?.width ?? 180));
    y1 = Math.max(y1, n.position.y + (n.measured?.height ?? 110));
  }
  const bw = x1 - x0;
  const bh = y1 - y0;
  const scale = Math.min((width * (1 - 2 * margin)) / bw, (height * (1 - 2 * margin)) / bh);
  return { x: (width - bw * scale) / 2 - x0 * scale, y: (height - bh * scale) / 2 - y0 * scale, scale };
}
