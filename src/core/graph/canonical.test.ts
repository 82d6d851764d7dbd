import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/schema';
import { design } from './builder';
import { canonicalDesign, sameDesign } from './canonical';

const app = () =>
  design()
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6', { group: 'svc', ipv4_network: '10.0.0.2/24' })
    .wire('net', 'stack')
    .main('main', 'Unikernel.Make', ['stackv4v6'])
    .wire('stack', 'main')
    .register('main')
    .build();

/** The same design as the UI would hold it: random ids, other order, unrounded positions. */
function scrambled(d: Design, seed: number): Design {
  const ids = new Map(d.devices.map((x, i) => [x.id, `n${(seed * 31 + i * 7) % 1000}_${i}`]));
  const devices = d.devices.map((x) => ({
    ...x,
    id: ids.get(x.id)!,
    params: Object.fromEntries(Object.entries(x.params).reverse()),
    position: { x: x.position.x + 0.3, y: x.position.y - 0.2 },
  }));
  const wires = d.wires.map((w, i) => ({ id: `w${seed}_${i}`, from: ids.get(w.from)!, to: ids.get(w.to)!, port: w.port }));
  const rot = <T,>(xs: T[]) => (xs.length ? [...xs.slice(seed % xs.length), ...xs.slice(0, seed % xs.length)] : xs);
  return { ...d, devices: rot(devices), wires: rot(wires).reverse() };
}

describe('canonicalDesign', () => {
  it('uses binding names as ids, sorts devices and wires, re-ids wires, rounds positions', () => {
    const d = scrambled(app(), 3);
    const c = canonicalDesign(d);
    expect(c.devices.map((x) => x.id)).toEqual(['main', 'net', 'register', 'stack']);
    expect(c.wires.map((w) => w.id)).toEqual(['main->register.jobs', 'net->stack.arg1', 'stack->main.arg1']);
    expect(c.devices.every((x) => Number.isInteger(x.position.x) && Number.isInteger(x.position.y))).toBe(true);
    expect(Object.keys(c.devices[3]!.params)).toEqual(['group', 'ipv4_network']);
  });

  it('scrambled copies of a design are the same design (property)', () => {
    const base = app();
    fc.assert(fc.property(fc.nat(10_000), (seed) => sameDesign(scrambled(base, seed), base)));
  });

  it('is idempotent and does not touch its input', () => {
    const d = scrambled(app(), 5);
    const before = structuredClone(d);
    const c = canonicalDesign(d);
    expect(canonicalDesign(c)).toEqual(c);
    expect(d).toEqual(before);
  });

  it('tells different designs apart', () => {
    const a = app();
    const b = app();
    b.devices[1]!.params.group = 'other';
    expect(sameDesign(a, b)).toBe(false);
    const c = app();
    c.wires[0]!.port = 'arg2';
    expect(sameDesign(a, c)).toBe(false);
    const e = app();
    e.devices[0]!.name = 'net0';
    expect(sameDesign(a, e)).toBe(false);
  });

  it('treats null params as absent, and keeps repeated or empty names apart', () => {
    const a = app();
    const b = app();
    b.devices[0]!.params.extra = null;
    expect(sameDesign(a, b)).toBe(true);
    const dup = design().add('x', 'noop').add('y', 'noop').add('z', 'noop').build();
    dup.devices[1]!.name = 'x';
    dup.devices[2]!.name = '';
    expect(canonicalDesign(dup).devices.map((d) => d.id)).toEqual(['noop', 'x', 'x#2']);
  });
});
