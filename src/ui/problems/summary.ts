import type { Diagnostic } from '../../core/diagnostics';

/** "2 errors, 1 warning" — counts by severity, zero counts left out. */
export function summarize(ds: readonly Pick<Diagnostic, 'severity'>[]): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const d of ds) n[d.severity]++;
  const part = (k: number, one: string) => (k ? `${k} ${one}${k > 1 ? 's' : ''}` : '');
  return [part(n.error, 'error'), part(n.warning, 'warning'), part(n.info, 'note')].filter(Boolean).join(', ') || 'No problems';
}

/** Count shown on the Problems tab: errors and warnings (notes do not call for action). */
export function problemCount(ds: readonly Pick<Diagnostic, 'severity'>[]): number {
  return ds.filter((d) => d.severity !== 'info').length;
}
