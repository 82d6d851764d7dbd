import { versionRange } from '../codegen/ir';
import { validateDesign } from '../validate/index';
import { MIRAGE_VERSIONS, compareVersions } from '../reference/versions';
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
 * The releases a design's config.ml is valid for (`>= min & < max`): the lead's facts-based span
 * (`codegen/range.ts` `validSpan`, through `versionRange`). Null when the design has errors (its span is then
 * only its own release, which says nothing about the user's range).
 */
export function validRange(design: Design): { min: string; max: string } | null {
  if (validateDesign(design).some((d) => d.severity === 'error')) return null;
  return versionRange(design);
}

/** The range a rewritten header states: the design's valid span (its own release when it has errors). */
export function designRange(design: Design): { min: string; max: string } {
  return versionRange(design);
}

/**
 * When the header the user wrote admits a modelled release the design is not valid for, a warning that says
 * so and proposes the narrowed header (the user's bounds, clipped to the valid range). Releases the facts do
 * not cover (a later patch) are the user's call. Null when it fits or is unknown.
 */
export function headerProposal(design: Design, range = validRange(design)): Diagnostic | null {
  const h = design.source?.header;
  if (!h || !range) return null;
  const text = design.source!.text.slice(h[0], h[1]);
  const bounds = headerBounds(text);
  const valid = (r: string) => compareVersions(r, range.min) >= 0 && compareVersions(r, range.max) < 0;
  const outside = MIRAGE_VERSIONS.filter((r) => withinBounds(r, bounds) && !valid(r));
  if (!bounds.length || !outside.length) return null;
  const lo = bounds.find(([op]) => op.startsWith('>') || op === '=')?.[1];
  const hi = bounds.find(([op]) => op.startsWith('<'))?.[1];
  const from = lo === undefined || compareVersions(lo, range.min) < 0 ? range.min : lo;
  const to = hi === undefined || compareVersions(hi, range.max) > 0 ? range.max : hi;
  const next = `(* mirage >= ${from} & < ${to} *)`;
  return diag('MC031', 'warning', `config.ml says \`${text}\`, but this design does not work with Mirage ${outside.join(', ')} (it needs >= ${range.min} & < ${range.max}): those releases refuse it.`, {
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
  if (!bounds.length) return;
  if (withinBounds(p.design.mirage, bounds)) {
    const proposal = headerProposal(p.design);
    if (proposal) p.notes.push(proposal);
    return;
  }
  const r = designRange(p.design);
  const next = `(* mirage >= ${r.min} & < ${r.max} *)`;
  p.edits.add(h[0], h[1], next, 'header');
  p.notes.push({
    code: 'MC031',
    severity: 'warning',
    message: `config.ml said \`${text}\`, which does not include Mirage ${p.design.mirage}; its header now says \`${next}\`.`,
    line: 1,
    column: 1,
  });
}
