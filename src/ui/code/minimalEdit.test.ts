import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalEdit } from './minimalEdit';

const apply = (before: string, e: ReturnType<typeof minimalEdit>) => (e ? before.slice(0, e.start) + e.text + before.slice(e.end) : before);

describe('the smallest replacement between two texts', () => {
  it('replaces only what changed', () => {
    expect(minimalEdit('let a = 1\nlet b = 2\n', 'let a = 1\nlet b = 3\n')).toEqual({ start: 18, end: 19, text: '3' });
    expect(minimalEdit('abc', 'abc')).toBeNull();
    expect(minimalEdit('', 'x')).toEqual({ start: 0, end: 0, text: 'x' });
    expect(minimalEdit('aaa', 'aa')).toEqual({ start: 2, end: 3, text: '' });
  });

  it('never splits a surrogate pair', () => {
    const e = minimalEdit('x\u{1F600}y', 'x\u{1F601}y')!;
    expect(e).toEqual({ start: 1, end: 3, text: '\u{1F601}' });
  });

  it('turns any text into any other (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const e = minimalEdit(a, b);
        expect(apply(a, e)).toBe(b);
        if (e) expect(e.start <= e.end && e.end <= a.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
