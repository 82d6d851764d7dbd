import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM } from './lod';
import { boundsOf, readableViewport } from './viewport';

describe('the opening viewport', () => {
  it('shows a design that fits whole and centred, never above 1:1', () => {
    const v = readableViewport({ x: 0, y: 0, width: 400, height: 200 }, 800, 400);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(200);
    expect(v.y).toBe(100);
  });
  it('zooms out to fit, but never below the reading zoom: then the top left corner is in view', () => {
    const fits = readableViewport({ x: 0, y: 0, width: 760, height: 300 }, 780, 460);
    expect(fits.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(fits.zoom).toBeLessThan(1);
    const big = readableViewport({ x: 100, y: 50, width: 3000, height: 2000 }, 780, 460);
    expect(big.zoom).toBe(READABLE_ZOOM);
    expect(big.x + 100 * big.zoom).toBe(24);
    expect(big.y + 50 * big.zoom).toBe(24);
  });
  it('bounds nodes with their measured size, or a usual device size', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ position: { x: 0, y: 0 } }, { position: { x: 100, y: 50 }, measured: { width: 50, height: 20 } }])).toEqual({ x: 0, y: 0, width: 180, height: 110 });
  });
});
