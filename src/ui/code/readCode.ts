import { printConfigMl } from '../../core/codegen/config';
import type { Design } from '../../core/design/schema';
import type { Diagnostic } from '../../core/diagnostics';
import { canonicalDesign } from '../../core/graph/canonical';
import { importConfigMl } from '../../core/import/index';
import type { OcamlParser } from '../../core/import/parser';
import { settleImported } from './settle';

export type CodeRead =
  | { kind: 'errors'; diagnostics: Diagnostic[] }
  | { kind: 'same'; diagnostics: Diagnostic[]; kept: { name: string; line: number; reason: string }[] }
  | { kind: 'changed'; design: Design; diagnostics: Diagnostic[]; kept: { name: string; line: number; reason: string }[] };

/**
 * Reads edited config.ml against the current design (pure, never throws): `errors` when it does not
 * parse or does not type (the graph must stay), `same` when it is the current design's config.ml as shown
 * (same graph, same text), else the new design fitted into the current one (ids and positions kept by
 * binding name) with the text kept as typed (a changed comment is a change too).
 */
export function readCode(text: string, parser: OcamlParser, current: Design): CodeRead {
  // The design's release stays while the header admits it: an edit never moves it to another one silently.
  const r = importConfigMl(text, parser, { fallbackVersion: current.mirage, preferVersion: current.mirage });
  if (!r.ok || r.diagnostics.some((d) => d.severity === 'error')) return { kind: 'errors', diagnostics: r.diagnostics };
  const design = settleImported(r.design, current, text);
  if (sameDesign(design, current) && printConfigMl(current).text === text) return { kind: 'same', diagnostics: r.diagnostics, kept: r.kept };
  return { kind: 'changed', design, diagnostics: r.diagnostics, kept: r.kept };
}

/** Two designs are the same when their canonical forms print the same. */
export function sameDesign(a: Design, b: Design): boolean {
  return JSON.stringify(canonicalDesign(a)) === JSON.stringify(canonicalDesign(b));
}
