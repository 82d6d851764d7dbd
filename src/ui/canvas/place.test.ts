import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { moveInstances } from '../../core/graph/ops';
import { freeSpot, NODE_W, spotBeside, spotFor } from './place';

const d = moveInstances(design().add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').build(), {
  net: { x: 0, y: 0 },
  stack: { x: 300, y: 0 },
});

describe('placement', () => {
  it('freeSpot keeps a free spot and moves down past nodes in the same column', () => {
    expect(freeSpot([], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
    expect(freeSpot([{ x: 500, y: 0 }], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
    const p = freeSpot([{ x: 10, y: 0 }, { x: -30, y: 120 }], { x: 0, y: 0 });
    expect(p.x).toBe(0);
    expect(p.y).toBeGreaterThanOrEqual(230);
  });
  it('a device feeding another goes on its left, one taking its output on its right, never on top of one', () => {
    const left = spotBeside(d, 'stack', 'target')!;
    expect(left.x + NODE_W).toBeLessThan(300);
    expect(Math.abs(left.x - 0) < 190 ? Math.abs(left.y) >= 110 : true).toBe(true);
    const right = spotBeside(d, 'stack', 'source')!;
    expect(right.x).toBeGreaterThan(300 + NODE_W);
    expect(right.y).toBe(0);
    expect(spotBeside(d, 'nope', 'source')).toBeNull();
  });
  it('quick-add at a point: there for a plain add; beside the wired device when the point is on its wrong side', () => {
    expect(spotFor(d, { x: 1000, y: 500 }, null)).toEqual({ x: 1000 - NODE_W / 2, y: 460 });
    // Dropped right of `stack` while dragging out of its input: goes left of stack instead.
    const p = spotFor(d, { x: 700, y: 0 }, { node: 'stack', side: 'target', port: 'arg1' });
    expect(p.x + NODE_W).toBeLessThan(300);
    // Dropped far right while dragging out of stack's output: stays where it was dropped.
    expect(spotFor(d, { x: 900, y: 300 }, { node: 'stack', side: 'source', port: null })).toEqual({ x: 900, y: 270 });
  });
});
