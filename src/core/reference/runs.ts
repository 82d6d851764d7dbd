/**
 * Per-release facts are stored as runs of consecutive releases with an equal value, so the vendored JSON
 * holds each signature or flag list once instead of 33 times: `[first, last, value]` with indices into the
 * release list.
 */
export type Runs<T> = [first: number, last: number, value: T][];

/** Per-release values (absent/null = no value there) → runs of equal consecutive values (pure). */
export function toRuns<T>(perVersion: Record<string, T | null | undefined>, versions: readonly string[]): Runs<T> {
  const runs: Runs<T> = [];
  let key: string | null = null;
  versions.forEach((v, i) => {
    const value = perVersion[v];
    if (value === null || value === undefined) {
      key = null;
      return;
    }
    const k = JSON.stringify(value);
    const last = runs[runs.length - 1];
    if (last && k === key && last[1] === i - 1) last[1] = i;
    else runs.push([i, i, value]);
    key = k;
  });
  return runs;
}

/** Runs → a record per release (each run's value object shared by its releases; pure). */
export function fromRuns<T>(runs: Runs<T>, versions: readonly string[]): Partial<Record<string, T>> {
  const out: Partial<Record<string, T>> = {};
  for (const [first, last, value] of runs) for (let i = first; i <= last; i++) out[versions[i]!] = value;
  return out;
}
