import type { DeviceFacts, FlagFact, PackageFact } from './runtime-types';
import { type Runs, toRuns } from './runs';

/* eslint-disable @typescript-eslint/no-explicit-any -- the raw reference JSON is untyped input */

/** The vendored form of mirage-runtime.json (per-release facts as runs). */
export interface VendoredRuntime {
  versions: string[];
  flagDefinitions: Record<string, Runs<FlagFact>>;
  devices: Record<string, Runs<DeviceFacts>>;
}

const HAND = [
  ['targets', 'targets'],
  ['block_names', 'blockNames'],
  ['network_names', 'networkNames'],
  ['target_only_flags', 'targetOnlyFlags'],
  ['defaults', 'defaults'],
  ['runtime_arg_params', 'runtimeArgParams'],
] as const;

/** Reduces mirage-runtime.json to what the composer uses, run-length encoded (pure; deterministic). */
export function reduceRuntime(raw: any): VendoredRuntime {
  const versions = raw.versions as string[];
  const fns = new Set<string>();
  for (const v of versions) for (const fn of Object.keys(raw.flag_definitions?.[v] ?? {})) fns.add(fn);
  const flagDefinitions: VendoredRuntime['flagDefinitions'] = {};
  for (const fn of [...fns].sort()) {
    const per: Record<string, FlagFact | null> = {};
    for (const v of versions) {
      const f = raw.flag_definitions?.[v]?.[fn];
      per[v] = f ? flag({ function: fn, ...f }) : null;
    }
    flagDefinitions[fn] = toRuns(per, versions);
  }
  const devices: VendoredRuntime['devices'] = {};
  for (const d of raw.devices as any[]) {
    const per: Record<string, DeviceFacts | null> = {};
    for (const v of versions) {
      const b = d.by_version?.[v];
      if (!b) continue;
      const facts: DeviceFacts = {
        packages: (b.packages ?? []).map(pkg),
        implModules: b.impl_modules ?? [],
        runtimeFlags: (b.runtime_flags ?? []).map(flag),
        configureKeys: (b.configure_keys ?? []).map(flag),
      };
      for (const [from, to] of HAND) if (b[from] !== undefined) (facts as any)[to] = b[from];
      per[v] = facts;
    }
    devices[d.name] = toRuns(per, versions);
  }
  return { versions, flagDefinitions, devices };
}

function flag(f: any): FlagFact {
  return {
    fn: f.function,
    flags: f.flags ?? [],
    ...(f.ocaml_type !== undefined ? { ocamlType: f.ocaml_type } : {}),
    conv: f.conv ?? '',
    default: f.default ?? '',
    groupPrefix: f.group_prefix ?? null,
    stage: f.stage,
  };
}

function pkg(p: any): PackageFact {
  return {
    name: p.name,
    ...(p.min ? { min: p.min } : {}),
    ...(p.max ? { max: p.max } : {}),
    ...(p.sublibs?.length ? { sublibs: p.sublibs } : {}),
  };
}
