type Pos = { x: number; y: number };
type Placed = { id: string; position: Pos };

/** How many devices move on the canvas per frame when a layout is applied (React Flow adopts each moved node: ~25 µs). */
export const PLACE_SLICE = 120;

/**
 * Moves the canvas nodes to `positions` (rounded as the design stores them) `slice` nodes per step, awaiting
 * `next()` (a frame) after each: no long task, and the progress (`onProgress`, 0–1) can be drawn meanwhile. Stops
 * early, returning false, once `stale()` (the design changed: the canvas is rebuilt from it). The caller commits the
 * design once afterwards, which then finds every node already in place (nothing left to redraw).
 */
export async function placeInSlices<N extends Placed>(
  setNodes: (update: (nodes: N[]) => N[]) => void,
  positions: Readonly<Record<string, Pos>>,
  next: () => Promise<void>,
  stale: () => boolean,
  onProgress: (done: number) => void = () => {},
  slice = PLACE_SLICE,
): Promise<boolean> {
  const ids = Object.keys(positions);
  for (let i = 0; i < ids.length; i += slice) {
    if (stale()) return false;
    const part = new Set(ids.slice(i, i + slice));
    setNodes((nodes) =>
      nodes.map((n) => {
        if (!part.has(n.id)) return n;
        const p = positions[n.id]!;
        const q = { x: Math.round(p.x), y: Math.round(p.y) };
        return q.x === n.position.x && q.y === n.position.y ? n : { ...n, position: q };
      }),
    );
    onProgress(Math.min(1, (i + slice) / ids.length));
    await next();
  }
  return !stale();
}
