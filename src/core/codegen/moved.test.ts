import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../graph/arbitrary';
import { validateDesign } from '../validate';
import { printConfigMl } from './config';

/** Every other instance moved by (dx, dy), as a drag does (new instance objects, same parameters). */
const moved = <D extends { devices: { position: { x: number; y: number } }[] }>(d: D, dx: number, dy: number): D => ({
  ...d,
  devices: d.devices.map((x, i) => (i % 2 ? x : { ...x, position: { x: x.position.x + dx, y: x.position.y + dy } })),
});

describe('a design whose devices moved reuses what does not depend on positions', () => {
  it('prints the config.ml and the diagnostics a fresh computation gives (property)', () => {
    fc.assert(
      fc.property(arbitraryDesign({ shape: 'layered' }), fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (d, dx, dy) => {
        printConfigMl(d);
        validateDesign(d);
        const m = moved(d, dx, dy);
        const reused = { text: printConfigMl(m).text, diags: validateDesign(m) };
        const fresh = structuredClone(m); // new parameter objects: nothing carries over
        expect(reused.text).toBe(printConfigMl(fresh).text);
        expect(reused.diags).toEqual(validateDesign(fresh));
        // Positions live in config.composer.json, not in config.ml: a move leaves the text as it was.
        expect(reused.text).toBe(printConfigMl(d).text);
      }),
      { numRuns: 40 },
    );
  });
});
