// The version header of a config.ml, `(* mirage >= X & < Y *)`, read the way `mirage configure` reads
// it (check_version in lib/functoria/tool.ml @v4.4.1..v4.11.1, mirage-targets.json `version_header`):
// the first line split on single spaces, `&` and empty tokens skipped, `>=` V the inclusive lower
// bound, `<` V the exclusive upper bound, `*)` the end; versions are `a.b.c`, `a.b` or `a`.
import { MIRAGE_VERSIONS, type MirageVersion } from '../src/core/reference/types';
import { compareVersions } from '../src/core/reference/versions';

export interface VersionRange {
  /** Inclusive lower bound as written, or null. */
  min: string | null;
  /** Exclusive upper bound as written, or null. */
  max: string | null;
}

const VERSION = /^\d+(\.\d+){0,2}$/;

/** The range of the first line of a config.ml; an error message when there is none or it is malformed. */
export function parseHeader(source: string): VersionRange | { error: string } {
  const first = source.split('\n', 1)[0] ?? '';
  if (!first.startsWith('(* mirage ')) return { error: `the first line is not a version header (* mirage >= X & < Y *): ${JSON.stringify(first.slice(0, 80))}` };
  const range: VersionRange = { min: null, max: null };
  const tokens = first.slice('(* mirage '.length).split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '&' || t === '') continue;
    if (t === '*)') return range;
    if ((t === '>=' || t === '<') && VERSION.test(tokens[i + 1] ?? '')) {
      const key = t === '>=' ? 'min' : 'max';
      if (range[key] !== null) return { error: `bad version header: two ${t} constraints` };
      range[key] = tokens[++i]!;
      continue;
    }
    return { error: `bad version header (token ${JSON.stringify(t)}); it must be (* mirage [>= a.b.c] [&] [< d.e.f] *)` };
  }
  return { error: 'bad version header: no closing *)' };
}

/** The modelled releases a range admits, in order. */
export function releasesIn(range: VersionRange): MirageVersion[] {
  return MIRAGE_VERSIONS.filter(
    (v) => (range.min === null || compareVersions(v, range.min) >= 0) && (range.max === null || compareVersions(v, range.max) < 0),
  );
}

/** Why a range cannot be checked: it admits no modelled release, or releases before 4.0.0 / unbounded above. */
export function rangeProblem(range: VersionRange): string | null {
  if (range.min === null || compareVersions(range.min, MIRAGE_VERSIONS[0]) < 0) return `the range admits releases before ${MIRAGE_VERSIONS[0]}, which are not modelled`;
  if (range.max === null) return 'the range has no upper bound: opam may pick a release that is not modelled';
  if (releasesIn(range).length === 0) return 'the range admits no modelled release';
  return null;
}

/** The first modelled release after the range (the upper bound itself when it is a release), or null. */
export function firstReleaseAfter(range: VersionRange): MirageVersion | null {
  if (range.max === null) return null;
  return MIRAGE_VERSIONS.find((v) => compareVersions(v, range.max!) >= 0) ?? null;
}

/** `>= 4.5.0 & < 4.8.0`, for messages and per-range counts. */
export function rangeText(range: VersionRange): string {
  return [range.min !== null ? `>= ${range.min}` : '', range.max !== null ? `< ${range.max}` : ''].filter(Boolean).join(' & ') || 'any';
}
