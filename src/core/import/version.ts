import { MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';
import { compareVersions, headerBounds, withinBounds } from '../reference/versions';

/** The bounds the first-line comment `(* mirage >= X & < Y *)` states; empty when there is none. */
function firstLineBounds(source: string): [string, string][] {
  const first = /^\s*\(\*([^\n]*?)\*\)/.exec(source)?.[1];
  return first && /\bmirage\b/.test(first) ? headerBounds(first) : [];
}

/**
 * The Mirage version of a config.ml from its first-line comment `(* mirage >= X & < Y *)`: `preferred` when it
 * is inside the bounds, else the newest modelled release inside them; null when there is no such comment or no
 * release fits.
 */
export function versionFromHeader(source: string, preferred?: string): MirageVersion | null {
  const bounds = firstLineBounds(source);
  if (!bounds.length) return null;
  const inside = MIRAGE_VERSIONS.filter((v) => withinBounds(v, bounds));
  const pick = inside.find((v) => v === preferred);
  if (pick) return pick;
  if (inside.length) return inside[inside.length - 1]!;
  // No supported release inside: the closest one below the upper bound, else above the lower bound.
  const uppers = bounds.filter(([op]) => op.startsWith('<'));
  const below = MIRAGE_VERSIONS.filter((v) => uppers.every(([op, b]) => (op === '<' ? compareVersions(v, b) < 0 : compareVersions(v, b) <= 0)));
  if (uppers.length && below.length) return below[below.length - 1]!;
  const lowers = bounds.filter(([op]) => op.startsWith('>'));
  const above = MIRAGE_VERSIONS.filter((v) => lowers.every(([, b]) => compareVersions(v, b) >= 0));
  return lowers.length && above.length ? above[0]! : null;
}

/**
 * The releases a config.ml's header admits, newest first (all modelled releases when it has no header), for
 * the import to choose the newest one whose checks accept the file. Empty when the header admits none.
 */
export function headerCandidates(source: string): MirageVersion[] {
  const bounds = firstLineBounds(source);
  return MIRAGE_VERSIONS.filter((v) => withinBounds(v, bounds)).reverse();
}
