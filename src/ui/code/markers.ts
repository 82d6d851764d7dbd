import type { Diagnostic, Severity } from '../../core/diagnostics';

/** Monaco's MarkerSeverity values (kept here so this stays pure and Monaco-free). */
const SEVERITY: Record<Severity, 8 | 4 | 2> = { error: 8, warning: 4, info: 2 };

export interface MarkerData {
  severity: 8 | 4 | 2;
  message: string;
  code: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * Editor markers for code diagnostics: at their line/column (clamped to the text), spanning the word
 * there, or the whole line when no column is known; diagnostics without a line go on line 1.
 */
export function toMarkers(diags: readonly Diagnostic[], text: string): MarkerData[] {
  const lines = text.split('\n');
  return diags.map((d) => {
    const line = Math.min(Math.max(d.line ?? 1, 1), lines.length);
    const src = lines[line - 1] ?? '';
    let start = d.column ? Math.min(Math.max(d.column, 1), src.length + 1) : 1;
    let end = src.length + 1;
    if (d.column) {
      const word = /^[\w'.]+/.exec(src.slice(start - 1));
      end = word ? start + word[0].length : Math.min(start + 1, src.length + 1);
      if (end <= start) {
        start = Math.max(1, start - 1);
        end = start + 1;
      }
    } else if (end <= start) end = start + 1;
    return { severity: SEVERITY[d.severity], message: `${d.message}${d.hint ? ` — ${d.hint}` : ''}`, code: d.code, startLineNumber: line, startColumn: start, endLineNumber: line, endColumn: end };
  });
}
