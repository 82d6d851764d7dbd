import fc from 'fast-check';
import { refusesJobWithoutArguments } from '../facts/functor';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { Design } from '../design/schema';
import { MIRAGE_VERSIONS } from '../reference/types';
import { checkConnection } from '../validate/connection';
import { arbitraryDesign, hasErrors, randomDesign, randomDesigns, rng } from './arbitrary';
import { indexDesign } from './index';

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

const kinds = (d: Design) => new Set(d.devices.map((x) => x.device));

describe('random designs', () => {
  it('rng is deterministic per seed and in [0, 1)', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(rng(43)()).not.toBe(xs[0]);
  });

  it.each(['typed', 'scatter', 'layered'] as const)('%s: the same seed gives the same design', (shape) => {
    expect(randomDesign(5, { shape })).toEqual(randomDesign(5, { shape }));
    expect(randomDesign(5, { shape, versions: ['4.8.0'] })).not.toEqual(randomDesign(6, { shape, versions: ['4.8.0'] }));
  });

  it.each(MIRAGE_VERSIONS)('%s: kept designs validate without errors, wire only accepted connections, and run main', (v) => {
    const { designs } = randomDesigns(8, 11, { versions: [v], valid: true });
    expect(designs.length).toBe(8);
    for (const d of designs) {
      expect(d.mirage).toBe(v);
      expect(hasErrors(d)).toBe(false);
      expect(wiresAccepted(d)).toEqual([]);
      const main = d.devices.find((x) => x.device === 'main')!;
      // A `main` with no functor argument only where the release accepts a job without arguments (MC010).
      if (refusesJobWithoutArguments(v, (main.params.runtime_args as string[] | undefined)?.length ? true : false)) expect((main.params.functor as string[]).length).toBeGreaterThan(0);
      expect(d.wires.some((w) => w.from === main.id && w.to === 'register' && w.port === 'jobs')).toBe(true);
      if (v === '4.0.0') expect(d.runtimeArgs).toEqual([]);
    }
  });

  it('options switch features on and off', () => {
    const many = (o: Parameters<typeof randomDesigns>[2]) => randomDesigns(40, 3, o).designs;
    const all = (ds: Design[]) => new Set(ds.flatMap((d) => [...kinds(d)]));
    for (const k of ['if_impl', 'match_impl', 'ocaml_code']) expect(all(many({ shape: 'layered' })).has(k), k).toBe(true);
    const off = all(many({ shape: 'layered', code: false, conditionals: false }));
    for (const k of ['if_impl', 'match_impl', 'ocaml_code']) expect(off.has(k), k).toBe(false);
    expect(all(many({ code: true })).has('ocaml_code')).toBe(true);
    expect(all(many({ code: false })).has('ocaml_code')).toBe(false);
    const plainNames = many({ shape: 'scatter', hostile: false }).flatMap((d) => d.devices.map((x) => x.name));
    expect(plainNames.every((n) => /^(d\d+|register)$/.test(n))).toBe(true);
    expect(many({ shape: 'scatter' }).some((d) => d.devices.some((x) => x.name === '' || x.name.includes(' ')))).toBe(true);
    expect(new Set(many({ shape: 'scatter' }).map((d) => d.mirage)).size).toBeGreaterThan(1);
    expect(many({ versions: ['4.10.2'] }).every((d) => d.mirage === '4.10.2')).toBe(true);
  });

  it('the arbitrary builds the same shapes and honours `valid`', () => {
    fc.assert(
      fc.property(arbitraryDesign({ shape: 'typed', versions: ['4.11.1'], valid: true }), (d) => {
        expect(d.mirage).toBe('4.11.1');
        expect(hasErrors(d)).toBe(false);
        expect(wiresAccepted(d)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });
});
