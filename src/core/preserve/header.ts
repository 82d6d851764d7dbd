import { versionRange } from '../codegen/ir';
import { compareVersions } from '../reference/versions';
import type { Design } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import type { Plan } from './context';

/** The bounds a version header states (`(* mirage >= 4.5.0 & < 4.8.0 *)` → [['>=', '4.5.0'], ['<', '4.8.0']]). */
export function headerBounds(header: string): [string, string][] {
  return [...header.matchAll(/(>=|<=|>|<|=)\s*"?(\d+(?:\.\d+)*)/g)].map((m) => [m[1]!, m[2]!]);
}

/** True when a version satisfies every bound. */
export function withinBounds(v: string, bounds: [string, string][]): boolean {
  return bounds.every(([op, b]) => {
    const c = compareVersions(v, b);
    return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : op === '<' ? c < 0 : c === 0;
  });
}

/**
 * SEAM: the releases a design's config.ml is valid for (`>= min & < max`), computed from the facts. The lead's
 * version-range function (`src/core/codegen/`) goes here; null = not known, and then a header the user wrote is
 * only checked against the design's own release.
 */
export function validRange(design: Design): { min: string; max: string } | null {
  void design;
  return null;
}

/** The range a rewritten header states: the valid range when known, else the design's minor series. */
export function designRange(design: Design): { min: string; max: string } {
  return validRange(design) ?? versionRange(design.mirage);
}

/**
 * When the header the user wrote admits releases the design is not valid for, a warning that says so and
 * proposes the narrowed header (the user's bounds, clipped to the valid range). Null when it fits or is unknown.
 */
export function headerProposal(design: Design, range = validRange(design)): Diagnostic | null {
  const h = design.source?.header;
  if (!h || !range) return null;
  const text = design.source!.text.slice(h[0], h[1]);
  const bounds = headerBounds(text);
  const lo = bounds.find(([op]) => op.startsWith('>') || op === '=')?.[1];
  const hi = bounds.find(([op]) => op.startsWith('<'))?.[1];
  const from = lo === undefined || compareVersions(lo, range.min) < 0 ? range.min : lo;
  const to = hi === undefined || compareVersions(hi, range.max) > 0 ? range.max : hi;
  if (from === lo && to === hi) return null;
  const next = `(* mirage >= ${from} & < ${to} *)`;
  return diag('MC023', 'warning', `config.ml says \`${text}\`, but this design works only with Mirage >= ${range.min} & < ${range.max}: the releases outside refuse it.`, {
    line: 1,
    column: 1,
    hint: `Change the first line to ${next}.`,
  });
}

/**
 * The header the user wrote is kept while the design's release is inside it. When an edit moved the design
 * out of it (another Mirage release chosen), the header says the design's range and a note says so.
 */
export function editHeader(p: Plan): void {
  const h = p.src.header;
  if (!h) return;
  const text = p.text.slice(h[0], h[1]);
  const bounds = headerBounds(text);
  if (!bounds.length || withinBounds(p.design.mirage, bounds)) return;
  const r = designRange(p.design);
  const next = `(* mirage >= ${r.min} & < ${r.max} *)`;
  p.edits.add(h[0], h[1], next, 'header');
  p.notes.push({
    code: 'MC023',
    severity: 'warning',
    message: `config.ml said \`${text}\`, which does not include Mirage ${p.design.mirage}; its header now says \`${next}\`.`,
    line: 1,
    column: 1,
  });
}
