import { describe, expect, it } from 'vitest';
import { catalogFor } from '../src/core/catalog';
import type { Design } from '../src/core/design/schema';
import { indexDesign } from '../src/core/graph/index';
import { MIRAGE_VERSIONS } from '../src/core/reference/types';
import { checkConnection } from '../src/core/validate/connection';
import { validateDesign } from '../src/core/validate/index';
import { randomDesign, randomValidDesigns, rng } from './random-designs';

/** Every wire, checked against the design without it, is accepted by checkConnection. */
function wiresAccepted(d: Design): string[] {
  const bad: string[] = [];
  for (const w of d.wires) {
    const without = { ...d, wires: d.wires.filter((x) => x !== w) };
    const v = checkConnection(indexDesign(without, catalogFor(d.mirage)), w);
    if (!v.ok) bad.push(`${w.id}: ${v.reason}`);
  }
  return bad;
}

describe('random designs', () => {
  it('rng is deterministic per seed and in [0, 1)', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(rng(43)()).not.toBe(xs[0]);
  });

  it('the same seed gives the same design', () => {
    expect(randomDesign('4.8.0', 5)).toEqual(randomDesign('4.8.0', 5));
    expect(randomDesign('4.8.0', 5)).not.toEqual(randomDesign('4.8.0', 6));
  });

  it.each(MIRAGE_VERSIONS)('%s: kept designs validate without errors, wire only accepted connections, and run main', (v) => {
    const { designs } = randomValidDesigns(v, 8, 11);
    expect(designs.length).toBe(8);
    for (const d of designs) {
      expect(d.mirage).toBe(v);
      expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
      expect(wiresAccepted(d)).toEqual([]);
      const main = d.devices.find((x) => x.device === 'main')!;
      // `main` with no functor argument is only valid from Mirage 4.9 on (MC010).
      if (['4.0.0', '4.5.1', '4.7.0', '4.8.0'].includes(v)) expect((main.params.functor as string[]).length).toBeGreaterThan(0);
      expect(d.wires.some((w) => w.from === main.id && w.to === 'register' && w.port === 'jobs')).toBe(true);
      if (v === '4.0.0') expect(d.runtimeArgs).toEqual([]);
    }
  });
});
