import { describe, expect, it } from 'vitest';
import { miniMapping } from './minimap';

describe('the minimap mapping', () => {
  it('fits every node, centred, with a margin', () => {
    const nodes = [
      { position: { x: 0, y: 0 }, measured: { width: 100, height: 50 } },
      { position: { x: 900, y: 450 }, measured: { width: 100, height: 50 } },
    ];
    const m = miniMapping(nodes, 200, 200, 0);
    // 1000 × 500 into 200 × 200: scale 0.2, centred vertically.
    expect(m.scale).toBeCloseTo(0.2);
    expect(m.x).toBeCloseTo(0);
    expect(m.y).toBeCloseTo(50);
    const withMargin = miniMapping(nodes, 200, 200, 0.1);
    expect(withMargin.x + 1000 * withMargin.scale).toBeLessThanOrEqual(200 - 20 + 1e-9);
  });

  it('is the identity without nodes', () => {
    expect(miniMapping([], 200, 100)).toEqual({ x: 0, y: 0, scale: 1 });
  });
});
