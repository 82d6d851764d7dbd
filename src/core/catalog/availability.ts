import { reference } from '../reference/api';
import { MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';

/** A run of consecutive releases. */
export interface ReleaseRange {
  first: MirageVersion;
  last: MirageVersion;
}

/** The releases in which a `Mirage` value exists, as runs of consecutive releases (from the facts). */
export function availability(valueName: string): ReleaseRange[] {
  const v = reference.values.find((x) => x.name === valueName);
  const out: ReleaseRange[] = [];
  let cur: ReleaseRange | null = null;
  for (const ver of MIRAGE_VERSIONS) {
    if (v?.versions[ver]) {
      if (cur) cur.last = ver;
      else out.push((cur = { first: ver, last: ver }));
    } else cur = null;
  }
  return out;
}

/** `4.0.0 – 4.2.1`, `since 4.1.0`, `4.0.0 only`: availability in words (empty when never). */
export function availabilityText(valueName: string): string {
  const last = MIRAGE_VERSIONS[MIRAGE_VERSIONS.length - 1];
  return availability(valueName)
    .map((r) => (r.first === r.last ? `${r.first} only` : r.last === last ? `since ${r.first}` : `${r.first} – ${r.last}`))
    .join(', ');
}
