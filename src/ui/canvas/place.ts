/** The first spot at or below `p` (in 48px steps) where a new node does not cover another one (pure). */
export function freeSpot(taken: readonly { x: number; y: number }[], p: { x: number; y: number }): { x: number; y: number } {
  const near = taken.filter((q) => Math.abs(q.x - p.x) < 190);
  let y = p.y;
  for (let i = 0; i < 400 && near.some((q) => Math.abs(q.y - y) < 110); i++) y += 48;
  return { x: p.x, y };
}
