import { createTwoFilesPatch, diffLines } from 'diff';

/** One row of a side-by-side diff: the old line (left), the new line (right), and how they differ. */
export interface DiffRow {
  kind: 'same' | 'removed' | 'added' | 'changed';
  left: string | null;
  right: string | null;
  /** 1-based line numbers on each side (null for a gap). */
  leftNo: number | null;
  rightNo: number | null;
}

const lines = (s: string) => s.replace(/\n$/, '').split('\n');

/** Side-by-side rows of a line diff (jsdiff `diffLines`): removed/added runs are paired line by line. */
export function sideBySide(before: string, after: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let l = 1;
  let r = 1;
  const parts = diffLines(before, after);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) {
      for (const t of lines(p.value)) rows.push({ kind: 'same', left: t, right: t, leftNo: l++, rightNo: r++ });
      continue;
    }
    const removed = p.removed ? lines(p.value) : [];
    const next = p.removed && parts[i + 1]?.added ? parts[++i]! : null;
    const added = p.added ? lines(p.value) : next ? lines(next.value) : [];
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const a = removed[k] ?? null;
      const b = added[k] ?? null;
      rows.push({ kind: a !== null && b !== null ? 'changed' : a !== null ? 'removed' : 'added', left: a, right: b, leftNo: a !== null ? l++ : null, rightNo: b !== null ? r++ : null });
    }
  }
  return rows;
}

/** A unified diff of one file (`--- a/path`, `+++ b/path`, 3 lines of context); empty when equal. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
