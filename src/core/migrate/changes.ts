import { reference } from '../reference/api';
import { runtimeFacts } from '../reference/runtime';
import { targetsAt } from '../reference/runtime';
import { MIRAGE_VERSIONS, type MirageVersion, previousVersion } from '../reference/versions';

/** What changed between one release and the next, read from `reference.changesDetailed` and the flag facts. */
export interface ReleaseChange {
  older: MirageVersion;
  newer: MirageVersion;
  /** Mirage values whose signature changed, or that were added or removed. */
  values: Set<string>;
  /** Typs (`time`, `ipv4_config`) added, removed, or declared differently as functor parameters. */
  types: Set<string>;
  /** `Key`/`Runtime_arg` members added, removed or retyped (`Key.dhcp`). */
  members: Set<string>;
  /** Flag functions whose flag names changed (`Runtime_arg.dns_servers`: dns_servers → dns-servers). */
  flags: Set<string>;
  /** True when the accepted targets differ. */
  targets: boolean;
  /** The machine-generated lines of `changesDetailed` for this pair. */
  lines: string[];
}

const HEAD = /^(\S+) -> (\S+) \(first in \S+\): (.*)$/;

function parseLine(rest: string, c: ReleaseChange): void {
  const vals = /^(added|removed) vals: (.*)$/.exec(rest);
  if (vals) for (const v of vals[2]!.split(',')) c.values.add(v.trim());
  const sig = /^signature of (\S+):/.exec(rest);
  if (sig) c.values.add(sig[1]!);
  const dep = /^(\S+) now deprecated$/.exec(rest);
  if (dep) c.values.add(dep[1]!);
  const types = /^(added|removed) types: (.*)$/.exec(rest);
  if (types) for (const t of types[2]!.split(',')) c.types.add(t.trim());
  const type = /^type (\S+):/.exec(rest);
  if (type) c.types.add(type[1]!);
  const member = /^((?:Key|Runtime_arg)\.[A-Za-z0-9_.]+)(?: added| removed|:)/.exec(rest);
  if (member) c.members.add(member[1]!);
}

function build(): Map<MirageVersion, ReleaseChange> {
  const out = new Map<MirageVersion, ReleaseChange>();
  const get = (newer: MirageVersion): ReleaseChange => {
    let c = out.get(newer);
    if (!c) {
      c = { older: previousVersion(newer)!, newer, values: new Set(), types: new Set(), members: new Set(), flags: new Set(), targets: false, lines: [] };
      out.set(newer, c);
    }
    return c;
  };
  for (const line of reference.changesDetailed) {
    const m = HEAD.exec(line);
    if (!m || !MIRAGE_VERSIONS.includes(m[2] as MirageVersion)) continue;
    const c = get(m[2] as MirageVersion);
    c.lines.push(m[3]!);
    parseLine(m[3]!, c);
  }
  for (const newer of MIRAGE_VERSIONS.slice(1)) {
    const older = previousVersion(newer)!;
    const a = runtimeFacts.flagDefinitions[older] ?? {};
    const b = runtimeFacts.flagDefinitions[newer] ?? {};
    for (const fn of Object.keys(b)) {
      if (a[fn] && a[fn].flags.join(',') !== b[fn]!.flags.join(',')) get(newer).flags.add(fn);
    }
    if (targetsAt(older).join(',') !== targetsAt(newer).join(',')) get(newer).targets = true;
    for (const t of reference.types) {
      if (JSON.stringify(t.functorParam[older] ?? null) !== JSON.stringify(t.functorParam[newer] ?? null)) get(newer).types.add(t.name);
    }
  }
  return out;
}

const CHANGES = build();

/** The change from the release before `newer` to `newer`; undefined when nothing the data records changed. */
export function releaseChange(newer: MirageVersion): ReleaseChange | undefined {
  return CHANGES.get(newer);
}

/** Every release whose arrival changed something, oldest first (one migration step each). */
export function changedReleases(): MirageVersion[] {
  return MIRAGE_VERSIONS.filter((v) => CHANGES.has(v));
}
