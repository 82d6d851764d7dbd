import { type Runs, toRuns } from './runs';

/* eslint-disable @typescript-eslint/no-explicit-any -- the raw reference JSON is untyped input */

/** The vendored form of mirage-targets.json: the prose sections as read, per-release data as runs. */
export interface VendoredTargets {
  versions: string[];
  outputs: Record<string, string>;
  solo5: Record<string, string>;
  xen: Record<string, string>;
  launch: Record<string, { command: string | null; example?: string; note?: string; source?: string }>;
  versionHeader: Record<string, string>;
  byVersion: Runs<{ targets: string[]; targetPackages: { name: string; min?: string; max?: string }[] }>;
}

/** Reduces mirage-targets.json (pure; deterministic). */
export function reduceTargets(raw: any): VendoredTargets {
  const versions = raw.versions as string[];
  const per: Record<string, VendoredTargets['byVersion'][number][2]> = {};
  for (const v of versions) {
    const b = raw.by_version?.[v];
    if (!b) continue;
    per[v] = {
      targets: b.targets ?? [],
      targetPackages: (b.target_packages ?? []).map((p: any) => ({ name: p.name, ...(p.min ? { min: p.min } : {}), ...(p.max ? { max: p.max } : {}) })),
    };
  }
  return {
    versions,
    outputs: raw.outputs ?? {},
    solo5: raw.solo5 ?? {},
    xen: raw.xen ?? {},
    launch: raw.launch ?? {},
    versionHeader: raw.version_header ?? {},
    byVersion: toRuns(per, versions),
  };
}
