import data from './api.generated.json';
import type { VendoredApi } from './reduce';
import { fromRuns } from './runs';
import type { MirageReference, MirageVersion } from './types';

/** Expands the vendored runs into per-release records (pure). */
export function expandReference(api: VendoredApi): MirageReference {
  const vs = api.versions;
  const per = <T>(r: Parameters<typeof fromRuns<T>>[0]) => fromRuns<T>(r, vs) as Partial<Record<MirageVersion, T>>;
  return {
    versions: vs as MirageVersion[],
    values: api.values.map((v) => ({ name: v.name, section: v.section, subsection: v.subsection, versions: per(v.sigs), deprecated: per(v.dep ?? []) })),
    types: api.types.map((t) => ({ name: t.name, params: t.params, declarations: per(t.decl), signatures: per(t.sig), functorParam: per(t.fp) })),
    targets: per(api.targets) as Record<MirageVersion, string[]>,
    targetConstructors: per(api.targetConstructors) as Record<MirageVersion, Record<string, string>>,
    submodules: Object.fromEntries(Object.entries(api.submodules).map(([k, ms]) => [k, ms.map((m) => ({ name: m.name, versions: per(m.v) }))])),
    modules: api.modules.map((m) => ({ name: m.name, versions: per(m.v) })),
    changes: api.changes,
    changesDetailed: api.changesDetailed,
  };
}

/** The Mirage API facts for every modelled release (vendored from shared/reference, expanded once). */
export const reference: MirageReference = expandReference(data as unknown as VendoredApi);

/** True when the release's `Mirage` module has the submodule (e.g. `Runtime_arg`, from 4.5.0). */
export function hasMirageModule(name: string, version: MirageVersion): boolean {
  return reference.modules.some((m) => m.name === name && m.versions[version] !== undefined);
}

/** True when the release has runtime arguments (`Runtime_arg`); earlier releases use configure keys. */
export function runtimeArgsSupported(version: MirageVersion): boolean {
  return hasMirageModule('Runtime_arg', version);
}
