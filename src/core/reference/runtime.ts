import data from './runtime.generated.json';
import targetsData from './targets.generated.json';
import type { VendoredRuntime } from './reduce-runtime';
import type { VendoredTargets } from './reduce-targets';
import { fromRuns } from './runs';
import type { DeviceFacts, FlagFact, RuntimeFacts } from './runtime-types';
import type { MirageVersion } from './versions';

const raw = data as unknown as VendoredRuntime;
const devices = new Map<string, Partial<Record<MirageVersion, DeviceFacts>>>();
for (const [name, runs] of Object.entries(raw.devices)) devices.set(name, fromRuns(runs, raw.versions));
const flagDefinitions: RuntimeFacts['flagDefinitions'] = {};
for (const [fn, runs] of Object.entries(raw.flagDefinitions)) {
  for (const [v, f] of Object.entries(fromRuns(runs, raw.versions))) {
    (flagDefinitions[v as MirageVersion] ??= {})[fn] = f!;
  }
}

/** What each device does per release: flags, packages, per-target behaviour (vendored from shared/reference). */
export const runtimeFacts: RuntimeFacts = { flagDefinitions, devices };

/** The facts of one device at one release; undefined when the data has none. */
export function deviceFacts(device: string, version: MirageVersion): DeviceFacts | undefined {
  return devices.get(device)?.[version];
}

/** The definition of a flag function (`Runtime_arg.dns_servers`) at one release; undefined when absent. */
export function flagDefinition(fn: string, version: MirageVersion): FlagFact | undefined {
  return flagDefinitions[version]?.[fn];
}

/** Building and launching facts (vendored mirage-targets.json). */
export const targetFacts: VendoredTargets = targetsData as unknown as VendoredTargets;
const byVersion = fromRuns(targetFacts.byVersion, targetFacts.versions);

/** The targets `mirage configure -t` accepts at a release, in the release's order. */
export function targetsAt(version: MirageVersion): readonly string[] {
  return byVersion[version]?.targets ?? [];
}
