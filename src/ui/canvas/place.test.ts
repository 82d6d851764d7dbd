import { describe, expect, it } from 'vitest';
import { freeSpot } from './place';

describe('freeSpot', () => {
  it('keeps a free spot and moves down past nodes in the same column', () => {
    expect(freeSpot([], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
    expect(freeSpot([{ x: 500, y: 0 }], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
    const p = freeSpot([{ x: 10, y: 0 }, { x: -30, y: 120 }], { x: 0, y: 0 });
    expect(p.x).toBe(0);
    expect(p.y).toBeGreaterThanOrEqual(230);
  });
});
