import { type Catalog, catalogFor } from '../catalog';
import type { Design, Wire } from '../design/schema';
import { reference } from '../reference/api';
import type { FunctorParam, MirageVersion } from '../reference/types';
import { compareVersions } from '../reference/versions';
import { type ReleaseChange, releaseChange } from './changes';
import type { MigrationEntry } from './types';

/** The state one step works on: rules read the two catalogs and replace `design` (immutably). */
export interface StepContext {
  from: MirageVersion;
  to: MirageVersion;
  /** True when the step goes to a newer release. */
  up: boolean;
  /** The newer release of the pair: the one whose changes the step applies or undoes. */
  newer: MirageVersion;
  catFrom: Catalog;
  catTo: Catalog;
  change: ReleaseChange | undefined;
  /** The design being migrated; its `mirage` is already `to`. */
  design: Design;
  entries: MigrationEntry[];
  /** Wires dropped because their port no longer exists (candidates for a reversed dependency). */
  dropped: Wire[];
  /** Instances whose device a rule replaced by its successor: id → the device before. */
  replaced: Map<string, string>;
  /** Instances whose output fed something before the step. */
  usedBefore: ReadonlySet<string>;
  /** Runtime arguments a rule stopped using (removed from the design when nothing else uses them). */
  releasedRuntimeArgs: Set<string>;
}

/** A fresh context for the step `design.mirage` → `to` (adjacent releases). */
export function stepContext(design: Design, to: MirageVersion): StepContext {
  const from = design.mirage;
  const up = compareVersions(to, from) > 0;
  const newer = up ? to : from;
  return {
    from,
    to,
    up,
    newer,
    catFrom: catalogFor(from),
    catTo: catalogFor(to),
    change: releaseChange(newer),
    design: { ...design, mirage: to },
    entries: [],
    dropped: [],
    releasedRuntimeArgs: new Set(),
    replaced: new Map(),
    usedBefore: new Set(design.wires.map((w) => w.from)),
  };
}

/** Records a report line caused by the step's release. */
export function report(ctx: StepContext, kind: MigrationEntry['kind'], text: string, extra: Pick<MigrationEntry, 'instance' | 'source'> = {}): void {
  if (ctx.entries.some((e) => e.kind === kind && e.text === text)) return;
  ctx.entries.push({ kind, release: ctx.newer, text, ...extra });
}

/** `name` of an instance for messages (`dns (generic_dns_client)`). */
export function who(ctx: StepContext, id: string): string {
  const d = ctx.design.devices.find((x) => x.id === id);
  if (!d) return `\`${id}\``;
  return d.name && d.name !== d.device ? `\`${d.name}\` (${d.device})` : `\`${d.device}\``;
}

/** `~label` / `the 2nd positional argument` of a port or parameter name. */
export function argTitle(name: string): string {
  const m = /^arg(\d+)$/.exec(name);
  if (!m) return `\`~${name}\``;
  const n = Number(m[1]);
  const ord = n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
  return `the ${ord} positional argument`;
}

/** How a unikernel declares a functor parameter of `typ` at `version` (reference facts). */
export function functorParamAt(typ: string, version: MirageVersion): FunctorParam | undefined {
  return reference.types.find((t) => t.name === typ)?.functorParam[version];
}
