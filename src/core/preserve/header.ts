import { versionRange } from '../codegen/ir';
import { headerBounds as spanBounds } from '../codegen/range';
import type { MirageVersion } from '../reference/types';
import { validateDesign } from '../validate/index';
import { MIRAGE_VERSIONS, headerBounds, withinBounds } from '../reference/versions';
import type { Design } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import type { Plan } from './context';

/** The range a rewritten header states: the design's valid span (`codegen/range.ts`, its own release when it has errors). */
export function designRange(design: Design): { min: string; max: string } {
  return versionRange(design);
}

/** True when Mirage release `r` refuses the design (the validator finds errors with the design at `r`). */
export function refusedAt(design: Design, r: string): boolean {
  return validateDesign({ ...design, mirage: r as MirageVersion }).some((d) => d.severity === 'error');
}

/**
 * When the header the user wrote admits a modelled release that refuses the design (an edit made the file
 * invalid there), a warning that says so and proposes the narrowed header: the run of releases around the
 * design's own that accept it, within the user's bounds (kept where they are not the problem). A release
 * where the design only means something else (a different default) is the user's call. Null when it fits,
 * when the header states no bounds, when the design has errors at its own release, or when that release is
 * outside the bounds (`editHeader` rewrites the header then).
 */
export function headerProposal(design: Design, refused: (r: string) => boolean = (r) => refusedAt(design, r)): Diagnostic | null {
  const h = design.source?.header;
  if (!h) return null;
  const text = design.source!.text.slice(h[0], h[1]);
  const bounds = headerBounds(text);
  const inside = MIRAGE_VERSIONS.filter((r) => withinBounds(r, bounds));
  const i = inside.indexOf(design.mirage);
  // A design with errors at its own release says nothing about the others.
  if (!bounds.length || i < 0 || refused(design.mirage)) return null;
  const memo = new Map<string, boolean>();
  const no = (r: string) => {
    let v = memo.get(r);
    if (v === undefined) memo.set(r, (v = r !== design.mirage && refused(r)));
    return v;
  };
  const bad = inside.filter(no);
  if (!bad.length) return null;
  let a = i;
  let b = i;
  while (a > 0 && !no(inside[a - 1]!)) a--;
  while (b < inside.length - 1 && !no(inside[b + 1]!)) b++;
  const lo = bounds.find(([op]) => op === '>=')?.[1];
  const hi = bounds.find(([op]) => op === '<')?.[1];
  const from = a === 0 && lo !== undefined ? lo : inside[a]!;
  const to = b < inside.length - 1 ? inside[b + 1]! : (hi ?? spanBounds({ first: inside[a]!, last: inside[b]! }).max);
  const next = `(* mirage >= ${from} & < ${to} *)`;
  return diag('MC031', 'warning', `config.ml says \`${text}\`, but Mirage ${bad.join(', ')} refuse${bad.length === 1 ? 's' : ''} this design (the checks find errors there).`, {
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
