/**
 * The Mirage releases the composer models: every v4 tag, 4.0.0 … 4.11.1, as `mirage-api.json` lists them
 * (a test checks this list against the vendored facts).
 */
export const MIRAGE_VERSIONS = [
  '4.0.0', '4.1.0', '4.1.1', '4.2.0', '4.2.1', '4.3.0', '4.3.1', '4.3.2', '4.3.3', '4.3.4', '4.3.5',
  '4.3.6', '4.4.0', '4.4.1', '4.4.2', '4.5.0', '4.5.1', '4.6.0', '4.6.1', '4.7.0', '4.8.0', '4.8.1',
  '4.8.2', '4.9.0', '4.10.0', '4.10.1', '4.10.2', '4.10.3', '4.10.4', '4.10.5', '4.10.6', '4.11.0', '4.11.1',
] as const;
export type MirageVersion = (typeof MIRAGE_VERSIONS)[number];
export const LATEST_VERSION: MirageVersion = '4.11.1';

const INDEX = new Map<string, number>(MIRAGE_VERSIONS.map((v, i) => [v, i]));

/** True when the text is one of the modelled releases. */
export function isMirageVersion(v: string): v is MirageVersion {
  return INDEX.has(v);
}

/** Position of a release in `MIRAGE_VERSIONS` (-1 when not modelled). */
export function versionIndex(v: string): number {
  return INDEX.get(v) ?? -1;
}

/** Compares two version strings numerically (`4.10.2` > `4.9.0`, `4.5` = `4.5.0`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `v >= min` (numeric comparison). */
export function atLeast(v: string, min: string): boolean {
  return compareVersions(v, min) >= 0;
}

/** The release after `v` among the modelled ones, or null for the latest. */
export function nextVersion(v: MirageVersion): MirageVersion | null {
  return MIRAGE_VERSIONS[versionIndex(v) + 1] ?? null;
}

/** The release before `v` among the modelled ones, or null for the first. */
export function previousVersion(v: MirageVersion): MirageVersion | null {
  const i = versionIndex(v);
  return i > 0 ? MIRAGE_VERSIONS[i - 1]! : null;
}

/** The releases from `from` to `to`, both included, in order. */
export function versionsBetween(from: MirageVersion, to: MirageVersion): MirageVersion[] {
  return MIRAGE_VERSIONS.slice(versionIndex(from), versionIndex(to) + 1);
}

/** `4.10` for `4.10.6`: the minor series a release belongs to (how the UI groups patch releases). */
export function minorSeries(v: string): string {
  return v.split('.').slice(0, 2).join('.');
}

/** The modelled releases in words, for messages: `4.0.0 … 4.11.1 (every 4.x release tag)`. */
export const RELEASES_TEXT = `${MIRAGE_VERSIONS[0]} … ${LATEST_VERSION} (every 4.x release tag)`;

/** The bounds a version header states (`mirage >= 4.5.0 & < 4.8.0` → [['>=', '4.5.0'], ['<', '4.8.0']]). */
export function headerBounds(header: string): [string, string][] {
  return [...header.matchAll(/(>=|<=|>|<|=)\s*"?(\d+(?:\.\d+)*)/g)].map((m) => [m[1]!, m[2]!]);
}

/** True when a version satisfies every bound. */
export function withinBounds(v: string, bounds: readonly (readonly [string, string])[]): boolean {
  return bounds.every(([op, b]) => {
    const c = compareVersions(v, b);
    return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : op === '<' ? c < 0 : c === 0;
  });
}
