import { describe, expect, it } from 'vitest';
import { diag } from '../../core/diagnostics';
import { toMarkers } from './markers';

const text = 'open Mirage\nlet stack = generic_stackv4v6 net\n';

describe('toMarkers', () => {
  it('spans the word at line/column with the severity Monaco uses', () => {
    const [m] = toMarkers([diag('MC004', 'error', 'bad', { line: 2, column: 31 })], text);
    expect(m).toMatchObject({ severity: 8, startLineNumber: 2, startColumn: 31, endColumn: 34, code: 'MC004' });
  });

  it('covers the whole line without a column, and clamps lines past the end', () => {
    const [a, b] = toMarkers([diag('MC020', 'warning', 'w', { line: 1 }), diag('MC022', 'info', 'i', { line: 99, column: 500 })], text);
    expect(a).toMatchObject({ severity: 4, startLineNumber: 1, startColumn: 1, endColumn: 12 });
    expect(b!.startLineNumber).toBe(3);
    expect(b!.endColumn).toBeGreaterThan(b!.startColumn);
  });
});
