import { reference } from '../reference/api';
import { targetsAt } from '../reference/runtime';
import type { MirageVersion, RefArg, RefSignature } from '../reference/types';
import { expandTy } from '../types/aliases';
import { type Ty, parseTy } from '../types/term';
import { builtinSpecs } from './builtins';
import type { Family } from './family';
import { defaultFamilies } from './families';
import { paramTypeOf } from './params';
import type { DeviceSpec, FamilyEntry, FamilyId, PortSpec, ParamSpec, UnitSpec } from './spec';

/** A `typ` value usable as a functor parameter of `main` (`stackv4v6`, `kv_ro`, `'a udp`). */
export interface TypSpec {
  name: string;
  type: Ty;
  /** Module signature for the unikernel functor parameter (`Tcpip.Stack.V4V6`), when known. */
  signature: string | null;
}

/** Everything the composer knows about one Mirage version. */
export interface Catalog {
  version: MirageVersion;
  families: readonly Family[];
  devices: ReadonlyMap<string, DeviceSpec>;
  typs: ReadonlyMap<string, TypSpec>;
  targets: readonly string[];
  /** Family entry for any id the families list, whether or not it exists in this version. */
  entries: ReadonlyMap<string, { family: FamilyId; entry: FamilyEntry }>;
}

/** Builds the catalog of a Mirage version from the reference facts and the given families (pure). */
export function buildCatalog(version: MirageVersion, families: readonly Family[]): Catalog {
  const values = new Map(reference.values.map((v) => [v.name, v]));
  const devices = new Map<string, DeviceSpec>();
  const entries = new Map<string, { family: FamilyId; entry: FamilyEntry }>();
  for (const fam of families) {
    for (const entry of fam.devices) {
      entries.set(entry.id, { family: fam.id, entry });
      const sig = values.get(entry.id)?.versions[version];
      if (!sig) continue;
      const spec = deviceFromSignature(entry.id, fam.id, entry.doc, version, sig);
      if (spec) devices.set(entry.id, entry.replacement ? { ...spec, replacement: entry.replacement } : spec);
    }
  }
  for (const b of builtinSpecs(version)) devices.set(b.id, b);
  const typs = new Map<string, TypSpec>();
  const typeDecl = new Map(reference.types.map((t) => [t.name, t]));
  for (const v of reference.values) {
    const sig = v.versions[version];
    const m = sig && sig.args.length === 0 ? /^(.*) typ$/.exec(sig.result) : null;
    if (!m) continue;
    try {
      const type = expandTy(parseTy(m[1]!), version);
      typs.set(v.name, { name: v.name, type, signature: typeDecl.get(v.name)?.signatures[version] ?? null });
    } catch {
      /* not a module type */
    }
  }
  return { version, families, devices, typs, targets: targetsAt(version), entries };
}

/**
 * The plain (non-`impl`) Mirage types that flow between devices at a release: returned by one value and taken
 * by another's argument (`make_dhcp_requests () : dhcp_requests` → `?dhcp_requests:dhcp_requests`;
 * `syslog_config`). Their values are wired like devices.
 */
export function valueTypes(version: MirageVersion): ReadonlySet<string> {
  let out = valueTypeCache.get(version);
  if (out) return out;
  const produced = new Set<string>();
  const consumed = new Set<string>();
  for (const v of reference.values) {
    const sig = v.versions[version];
    if (!sig) continue;
    if (/^[a-z_][a-z0-9_]*$/.test(sig.result) && sig.result !== 'unit') produced.add(sig.result);
    for (const a of sig.args) for (const part of a.type.split(' * ')) consumed.add(part.trim());
  }
  out = new Set([...produced].filter((t) => consumed.has(t) && reference.types.some((x) => x.name === t && x.declarations[version])));
  valueTypeCache.set(version, out);
  return out;
}
const valueTypeCache = new Map<string, ReadonlySet<string>>();

/** Turns a reference signature into a device spec; null when the value is not a device (`X impl`, a tuple of impls, or a value type). */
export function deviceFromSignature(
  id: string,
  family: FamilyId,
  doc: string,
  version: MirageVersion,
  sig: RefSignature,
): DeviceSpec | null {
  const values = valueTypes(version);
  const results = sig.result.split(' * ').map((r) => r.trim());
  const impls = results.map((r) => /^(.*) impl$/.exec(r)?.[1] ?? null);
  const isValue = results.length === 1 && values.has(results[0]!);
  if (!isValue && impls.some((x) => x === null)) return null;
  let outputs: Ty[];
  try {
    outputs = isValue ? [{ kind: 'con', name: results[0]!, args: [] }] : impls.map((x) => expandTy(parseTy(x!), version));
  } catch {
    return null;
  }
  const output = outputs[0]!;
  const args = sig.args.flatMap((a, i) => argSpecs(a, i, sig.args, version, values));
  if (output.kind === 'arrow') {
    const port: PortSpec = { role: 'port', name: 'arg1', label: null, kind: 'positional', type: output.from };
    return { id, family, doc, version, signature: sig.text, args: [port], output: output.to, applied: true };
  }
  const extra = outputs.slice(1).map((t, i) => ({ name: t.kind === 'con' ? t.name : `out${i + 2}`, type: t }));
  return {
    id,
    family,
    doc,
    version,
    signature: sig.text,
    args,
    output,
    constant: args.length === 0,
    ...(extra.length ? { extraOutputs: extra } : {}),
    ...(isValue ? { value: true } : {}),
  };
}

/** The spec(s) of one argument: a tuple argument (`?dhcp:dhcp_requests * lease impl`) gives one port per component. */
function argSpecs(a: RefArg, index: number, all: RefArg[], version: MirageVersion, values: ReadonlySet<string>): (PortSpec | ParamSpec | UnitSpec)[] {
  const parts = a.type.split(' * ').map((p) => p.trim());
  if (parts.length > 1 && a.label && parts.every((p) => values.has(p) || /^[a-z_0-9' ]+ impl$/.test(p))) {
    const ports = parts.map((p, i) => portOf({ ...a, type: p }, i === 0 ? a.label! : `${a.label}_${p.replace(/ impl$/, '').split(' ').pop()}`, version, values));
    if (ports.every((p): p is PortSpec => p !== null)) return ports.map((p, i) => ({ ...p, tuple: { label: a.label!, index: i, size: parts.length } }));
  }
  return [argSpec(a, index, all, version, values)];
}

function portOf(a: RefArg, name: string, version: MirageVersion, values: ReadonlySet<string>): PortSpec | null {
  if (values.has(a.type)) return { role: 'port', name, label: a.label, kind: a.kind, type: { kind: 'con', name: a.type, args: [] } };
  const impl = /^(.*) impl( list)?$/.exec(a.type);
  if (!impl || impl[1]!.includes('->')) return null;
  try {
    const type = expandTy(parseTy(impl[1]!), version);
    return { role: 'port', name, label: a.label, kind: a.kind, type, ...(impl[2] ? { many: true } : {}) };
  } catch {
    return null;
  }
}

function argSpec(a: RefArg, index: number, all: RefArg[], version: MirageVersion, values: ReadonlySet<string>): PortSpec | ParamSpec | UnitSpec {
  const pos = all.slice(0, index + 1).filter((x) => x.kind === 'positional').length;
  const name = a.label ?? `arg${pos}`;
  if (a.kind === 'positional' && a.type === 'unit') return { role: 'unit', name, kind: 'positional' };
  return portOf(a, name, version, values) ?? { role: 'param', name, label: a.label, kind: a.kind, ocamlType: a.type, type: paramTypeOf(a.type) };
}

const cache = new Map<string, Catalog>();

/** The catalog of a version with the default families (memoised). */
export function catalogFor(version: MirageVersion): Catalog {
  let c = cache.get(version);
  if (!c) {
    c = buildCatalog(version, defaultFamilies);
    cache.set(version, c);
  }
  return c;
}
