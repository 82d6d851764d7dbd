// The config.ml check over ranges: each config states its valid releases in its first line; it is
// compiled against the signatures of every release in that range (once per distinct interface set and
// warning policy), and a hand-written sample also at the first release after its range, where it must fail.
import type { MirageVersion } from '../src/core/reference/types';
import { configFlags } from './ocaml-flags';
import { type SigFile, caseFile, sigSetHash } from './ocaml-check-lib';
import { firstReleaseAfter, parseHeader, rangeProblem, rangeText, releasesIn } from './ocaml-check-ranges';
import type { Group } from './ocaml-check-run';

export interface ConfigCase {
  /** Unique among all cases; becomes the file name (sanitised). */
  name: string;
  source: string;
  /** Where the case comes from (sample path, example file, random seed). */
  origin: string;
  /** `fail` for bad samples: OCaml must reject them at every release of their range. */
  expect: 'ok' | 'fail';
  /** Hand-written samples: also compile at the first release after the range, which must reject it. */
  checkOutside?: boolean;
  /** The design it was exported from (written next to the file for reproduction). */
  design?: unknown;
}

export interface ConfigMeta {
  case: ConfigCase;
  /** The releases of the case's range this job stands for. */
  releases: MirageVersion[];
  /** True for the job at the first release after the range. */
  outside: boolean;
}

export interface ConfigPlan {
  groups: Group<ConfigMeta>[];
  /** Cases that cannot be checked: no or a bad header, or a range with no modelled release. */
  problems: { case: ConfigCase; error: string }[];
  /** Range text → number of cases and the releases it covers. */
  ranges: Map<string, { cases: number; releases: MirageVersion[] }>;
  /** Group id → the releases that share its interfaces and flags. */
  releasesOf: Map<string, MirageVersion[]>;
}

/** Groups the releases by identical interfaces + flags and plans one job per (case, group it touches). */
export function planConfigs(cases: readonly ConfigCase[], versions: readonly MirageVersion[], sigsOf: (v: MirageVersion) => SigFile[]): ConfigPlan {
  const groupOf = new Map<MirageVersion, Group<ConfigMeta>>();
  const byKey = new Map<string, { group: Group<ConfigMeta>; releases: MirageVersion[] }>();
  for (const v of versions) {
    const sigs = sigsOf(v);
    const flags = configFlags(v);
    const key = sigSetHash(sigs, flags);
    let g = byKey.get(key);
    if (!g) {
      g = { group: { id: `config-${v}-${key}`, sigs, flags, jobs: [] }, releases: [] };
      byKey.set(key, g);
    }
    g.releases.push(v);
    groupOf.set(v, g.group);
  }
  const problems: ConfigPlan['problems'] = [];
  const ranges: ConfigPlan['ranges'] = new Map();
  for (const c of cases) {
    const range = parseHeader(c.source);
    if ('error' in range) {
      problems.push({ case: c, error: range.error });
      continue;
    }
    const problem = rangeProblem(range);
    const releases = releasesIn(range).filter((v) => versions.includes(v));
    if (problem) problems.push({ case: c, error: `${rangeText(range)}: ${problem}` });
    if (releases.length === 0) continue;
    const r = ranges.get(rangeText(range)) ?? { cases: 0, releases };
    r.cases++;
    ranges.set(rangeText(range), r);
    const perGroup = new Map<Group<ConfigMeta>, MirageVersion[]>();
    for (const v of releases) perGroup.set(groupOf.get(v)!, [...(perGroup.get(groupOf.get(v)!) ?? []), v]);
    for (const [g, rs] of perGroup) g.jobs.push({ files: [{ name: caseFile(c.name), contents: c.source }], expect: c.expect, meta: { case: c, releases: rs, outside: false } });
    const after = c.checkOutside && c.expect === 'ok' ? firstReleaseAfter(range) : null;
    if (after && versions.includes(after)) {
      groupOf.get(after)!.jobs.push({ files: [{ name: caseFile(`${c.name}__outside`), contents: c.source }], expect: 'fail', meta: { case: c, releases: [after], outside: true } });
    }
  }
  const releasesOf = new Map([...byKey.values()].map((g) => [g.group.id, g.releases]));
  return { groups: [...byKey.values()].map((g) => g.group).filter((g) => g.jobs.length > 0), problems, ranges, releasesOf };
}
