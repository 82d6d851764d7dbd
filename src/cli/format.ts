import type { Design } from '../core/design/schema';
import type { Diagnostic } from '../core/diagnostics';

/**
 * One diagnostic as one line: `FILE: severity CODE message (instance.port)`.
 * With a source location: `FILE:LINE:COL: …`. The instance is shown by its binding name when the design is known.
 */
export function formatDiagnostic(file: string, d: Diagnostic, design?: Design): string {
  const loc = d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : '';
  const where = whereOf(d, design);
  const hint = d.hint ? ` — ${oneLine(d.hint)}` : '';
  return `${file}${loc}: ${d.severity} ${d.code} ${oneLine(d.message)}${where ? ` (${where})` : ''}${hint}`;
}

function whereOf(d: Diagnostic, design?: Design): string {
  const sub = d.port ?? d.param;
  if (d.instance !== undefined) {
    const name = (design && bindingOf(design, d.instance)) || d.instance;
    return sub ? `${name}.${sub}` : name;
  }
  if (d.wire !== undefined) return `wire ${d.wire}`;
  return sub ?? '';
}

/** The binding name of instance `id` in `design` (undefined when there is no such instance). */
export function bindingOf(design: Design, id: string): string | undefined {
  return design.devices.find((x) => x.id === id)?.name;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** "2 errors, 1 warning" — counts by severity, for summaries. */
export function countLine(diagnostics: readonly Diagnostic[]): string {
  const n = (sev: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === sev).length;
  const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return [plural(n('error'), 'error'), plural(n('warning'), 'warning')].join(', ');
}
