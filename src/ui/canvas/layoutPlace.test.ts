import { describe, expect, it } from 'vitest';
import { placeInSlices } from './layoutPlace';

type N = { id: string; position: { x: number; y: number } };
const nodes = (n: number): N[] => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, position: { x: 0, y: 0 } }));

function canvas(initial: N[]) {
  let state = initial;
  const steps: N[][] = [];
  return {
    get: () => state,
    steps,
    setNodes: (f: (ns: N[]) => N[]) => {
      state = f(state);
      steps.push(state);
    },
  };
}

describe('placeInSlices', () => {
  it('moves the nodes a slice per step, rounded, and reports progress up to 1', async () => {
    const c = canvas(nodes(5));
    const pos = Object.fromEntries(c.get().map((n, i) => [n.id, { x: i * 10.4, y: 7.6 }]));
    const progress: number[] = [];
    let frames = 0;
    const ok = await placeInSlices(c.setNodes, pos, async () => void frames++, () => false, (p) => progress.push(p), 2);
    expect(ok).toBe(true);
    expect(c.steps).toHaveLength(3);
    expect(frames).toBe(3);
    expect(progress).toEqual([0.4, 0.8, 1]);
    expect(c.steps[0]!.filter((n) => n.position.y === 8).map((n) => n.id)).toEqual(['d0', 'd1']);
    expect(c.get().map((n) => n.position)).toEqual([0, 10, 21, 31, 42].map((x) => ({ x, y: 8 })));
  });

  it('keeps the objects of nodes already in place and of nodes not laid out', async () => {
    const c = canvas(nodes(3));
    const before = c.get();
    await placeInSlices(c.setNodes, { d0: { x: 0, y: 0 }, d1: { x: 5, y: 5 } }, async () => {}, () => false);
    expect(c.get()[0]).toBe(before[0]);
    expect(c.get()[1]).not.toBe(before[1]);
    expect(c.get()[2]).toBe(before[2]);
  });

  it('stops, returning false, once the design changed', async () => {
    const c = canvas(nodes(6));
    const pos = Object.fromEntries(c.get().map((n) => [n.id, { x: 1, y: 1 }]));
    let changed = false;
    const ok = await placeInSlices(c.setNodes, pos, async () => void (changed = true), () => changed, undefined, 2);
    expect(ok).toBe(false);
    expect(c.steps).toHaveLength(1);
  });
});
