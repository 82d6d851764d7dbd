import { versionRange } from '../codegen/ir';
import { compareVersions } from '../reference/versions';
import type { Design } from '../design/schema';
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
 * The range of releases a design's config.ml is valid for. SEAM: the lead's function computing a design's
 * valid range from the facts (`src/core/codegen/`, version range) replaces this; until then it is the
 * design's minor series, as generated headers say.
 */
export function designRange(design: Design): { min: string; max: string } {
  return versionRange(design.mirage);
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
