import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { designShot, memoPerDesign, movedOnly } from './memo';

const d = design('4.11.1').add('net', 'default_network').add('stack', 'generic_stackv4v6', { group: 'a' }).wire('net', 'stack').build();

describe('memoised per design', () => {
  it('computes once per design object, again when the design was changed in place', () => {
    let calls = 0;
    const f = memoPerDesign((x) => (calls++, x.devices.length));
    expect(f(d)).toBe(2);
    expect(f(d)).toBe(2);
    expect(calls).toBe(1);
    const mutable = structuredClone(d);
    expect(f(mutable)).toBe(2);
    mutable.devices.push({ ...mutable.devices[0]!, id: 'other' });
    expect(f(mutable)).toBe(3);
    expect(calls).toBe(3);
  });
});

describe('a design whose instances only moved', () => {
  const moved = (x: typeof d, id: string) => ({ ...x, devices: x.devices.map((i) => (i.id === id ? { ...i, position: { x: 5, y: 7 } } : i)) });

  it('is recognised, whatever moved', () => {
    expect(movedOnly(designShot(d), d)).toBe(true);
    expect(movedOnly(designShot(d), moved(d, 'net'))).toBe(true);
    expect(movedOnly(designShot(d), moved(moved(d, 'net'), 'stack'))).toBe(true);
  });

  it('is not when anything else changed', () => {
    const shot = designShot(d);
    expect(movedOnly(shot, { ...d, name: 'other' })).toBe(false);
    expect(movedOnly(shot, { ...d, target: 'hvt' })).toBe(false);
    expect(movedOnly(shot, { ...d, wires: [...d.wires] })).toBe(false);
    expect(movedOnly(shot, { ...d, notes: [] })).toBe(false);
    expect(movedOnly(shot, { ...d, devices: d.devices.map((i) => (i.id === 'stack' ? { ...i, params: { group: 'a' } } : i)) })).toBe(false);
    expect(movedOnly(shot, { ...d, devices: d.devices.map((i) => (i.id === 'stack' ? { ...i, name: 'x' } : i)) })).toBe(false);
    expect(movedOnly(shot, { ...d, devices: [...d.devices].reverse() })).toBe(false);
    expect(movedOnly(shot, { ...d, devices: d.devices.slice(1) })).toBe(false);
  });

  it('is not when the recorded design was changed in place since', () => {
    const mutable = structuredClone(d);
    const shot = designShot(mutable);
    mutable.wires.push({ id: 'w', from: 'net', to: 'stack', port: 'arg1' });
    expect(movedOnly(shot, mutable)).toBe(false);
  });
});
