import { describe, expect, it } from 'vitest';
import { sideBySide, unifiedDiff } from './diff';

describe('file diffs', () => {
  it('pairs removed and added lines side by side', () => {
    const rows = sideBySide('a\nb\nc\n', 'a\nB\nc\nd\n');
    expect(rows.map((r) => [r.kind, r.left, r.right])).toEqual([
      ['same', 'a', 'a'],
      ['changed', 'b', 'B'],
      ['same', 'c', 'c'],
      ['added', null, 'd'],
    ]);
    expect(rows.map((r) => [r.leftNo, r.rightNo])).toEqual([[1, 1], [2, 2], [3, 3], [null, 4]]);
  });

  it('prints a unified diff, empty for equal files', () => {
    expect(unifiedDiff('config.ml', 'x\n', 'x\n')).toBe('');
    const u = unifiedDiff('config.ml', 'a\nb\n', 'a\nc\n');
    expect(u).toContain('--- a/config.ml');
    expect(u).toContain('+++ b/config.ml');
    expect(u).toContain('-b\n+c');
  });
});
