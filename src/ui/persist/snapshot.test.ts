import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { design } from '../../core/graph/builder';
import type { Design } from '../../core/design/schema';
import { capStack, makeSnapshot, SNAPSHOT_VERSION, toTemporal, UNDO_CAP } from './snapshot';
import { readSnapshot } from './snapshotRead';

const named = (n: number): Design => design('4.11.1', 'unix', `d${n}`).add('net', 'default_network').build();

describe('autosave snapshot', () => {
  it('round-trips the design and both undo stacks through structured cloning', () => {
    const past = toTemporal([named(1), named(2)]);
    const future = toTemporal([named(4)]);
    const snap = makeSnapshot(named(3), past, future, 1234);
    const back = readSnapshot(structuredClone(snap));
    expect(back).not.toBeNull();
    expect(back!.design.name).toBe('d3');
    expect(back!.past.map((d) => d.name)).toEqual(['d1', 'd2']);
    expect(back!.future.map((d) => d.name)).toEqual(['d4']);
    expect(back!.savedAt).toBe(1234);
  });

  it('caps stacks, keeping the entries nearest to the present', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 20 }), (n, cap) => {
        const stack = Array.from({ length: n }, (_, i) => ({ design: named(i) }));
        const kept = capStack(stack, cap);
        expect(kept.length).toBe(Math.min(n, cap));
        if (n > 0) expect(kept[kept.length - 1]!.name).toBe(`d${n - 1}`);
        if (kept.length) expect(kept[0]!.name).toBe(`d${n - kept.length}`);
      }),
    );
  });

  it('uses the default cap', () => {
    const stack = Array.from({ length: UNDO_CAP + 7 }, (_, i) => ({ design: named(i) }));
    expect(makeSnapshot(named(0), stack, [], 0).past).toHaveLength(UNDO_CAP);
  });

  it('rejects records that are missing, of another version, or whose design does not load', () => {
    expect(readSnapshot(undefined)).toBeNull();
    expect(readSnapshot('nope')).toBeNull();
    const snap = makeSnapshot(named(1), [], [], 0);
    expect(readSnapshot({ ...snap, v: SNAPSHOT_VERSION + 1 })).toBeNull();
    expect(readSnapshot({ ...snap, design: { format: 1, name: 'x' } })).toBeNull();
  });

  it('drops undo entries that do not validate but keeps the design', () => {
    const snap = makeSnapshot(named(5), toTemporal([named(1)]), [], 0);
    const raw = { ...snap, past: [{ garbage: true }, ...snap.past, 42], future: 'x' };
    const back = readSnapshot(raw);
    expect(back!.design.name).toBe('d5');
    expect(back!.past.map((d) => d.name)).toEqual(['d1']);
    expect(back!.future).toEqual([]);
  });
});
