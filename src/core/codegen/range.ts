import { strList } from '../catalog/ports';
import type { Design, DeviceInstance } from '../design/schema';
import { catalogFor } from '../catalog';
import type { ParamSpec } from '../catalog/spec';
import { GENERIC_STACKS, instanceFlags, runsOn, stackPlan } from '../facts';
import { termTypeFor } from '../facts/runtime-args';
import { configWarningsAreErrors } from '../facts/warnings';
import { functorParam, refusesJobWithoutArguments, startShape } from '../facts/functor';
import { reference, runtimeArgsSupported } from '../reference/api';
import { targetsAt } from '../reference/runtime';
import { MIRAGE_VERSIONS, type MirageVersion, versionIndex } from '../reference/versions';
import { validateDesign } from '../validate';

const VALUES = new Map(reference.values.map((v) => [v.name, v]));
const TYPES = new Map(reference.types.map((t) => [t.name, t]));
const BUILTIN_VALUES: Record<string, string> = { main: 'main', register: 'register', if_impl: 'if_impl', match_impl: 'match_impl' };

/**
 * What the export of `design` means at release `r`, from the facts: per instance, the part of its signature the
 * code uses, whether it runs on the target, the flags it registers there and the term types of its runtime
 * arguments; the typs its mains take (declaration, module type for the unikernel); the Key/Runtime_arg members
 * its values name; how the release starts a main and whether it refuses a job without arguments; the stack
 * build.sh configures. Package bounds are left out. Two releases with the same key give the same exported
 * project (a property test checks it).
 */
export function releaseKey(design: Design, r: MirageVersion): string {
  const wired = wiredPorts(design);
  const parts: unknown[] = design.devices.map((d) => [d.id, ...instancePart(design, d, wired.get(d.id) ?? NONE, r)]);
  parts.push(...globalParts(scanDesign(design), r));
  for (const d of design.devices) if (GENERIC_STACKS.has(d.device)) parts.push(['stack', d.id, stackPart(design, d, r)]);
  return JSON.stringify(parts);
}

const NONE: ReadonlySet<string> = new Set();

/** The ports wired into each instance (by instance id). */
function wiredPorts(design: Design): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const w of design.wires) {
    const s = out.get(w.to);
    if (s) s.add(w.port);
    else out.set(w.to, new Set([w.port]));
  }
  return out;
}

/** What one instance contributes to `releaseKey` (without its id): it depends on the instance, the ports wired into it, the target and `r`. */
function instancePart(design: Design, d: DeviceInstance, wired: ReadonlySet<string>, r: MirageVersion): unknown[] {
  const at = { ...design, mirage: r };
  const flags = instanceFlags(at, d).map((f) => `${f.name} ${f.stage} ${f.fn}`).sort();
  // A deprecated value is refused where warnings are errors (4.3.2–4.7.0).
  const refused = configWarningsAreErrors(r) && !!VALUES.get(BUILTIN_VALUES[d.device] ?? d.device)?.deprecated[r];
  const cases = d.device === 'match_impl' ? strList(d.params.cases).map((c) => reference.targetConstructors[r]?.[c] ?? null) : [];
  return [usedSignature(d, wired, r), runsOn(d.device, r, design.target), flags, termTypes(d, r), refused, cases];
}

/** The stack build.sh configures for a generic stack at `r`. */
function stackPart(design: Design, d: DeviceInstance, r: MirageVersion): unknown {
  return stackPlan(d.device, r, design.target, typeof d.params.group === 'string' ? d.params.group : '');
}

/** What the parts of `releaseKey` about the whole design read from it (one pass over its devices). */
interface DesignScan {
  typs: string[];
  members: string[];
  mains: { arity: number; runtimeArgs: boolean }[];
  runtimeArgs: boolean;
  target: string;
}

function scanDesign(design: Design): DesignScan {
  const typs = new Set<string>();
  const members = new Set<string>();
  const mains: DesignScan['mains'] = [];
  for (const d of design.devices) {
    if (d.device === 'main') {
      const functor = strList(d.params.functor);
      for (const t of functor) typs.add(t);
      mains.push({ arity: functor.length, runtimeArgs: strList(d.params.runtime_args).length > 0 });
    }
    for (const v of Object.values(d.params)) if (typeof v === 'string' && /^(Key|Runtime_arg)\.[a-z_][\w.]*$/.test(v.trim())) members.add(v.trim());
  }
  return { typs: [...typs].sort(), members: [...members].sort(), mains, runtimeArgs: design.runtimeArgs.length > 0, target: design.target };
}

/** The parts of `releaseKey` about the whole design: typs of the mains, Key/Runtime_arg members, mains, runtime arguments, target. */
function globalParts(scan: DesignScan, r: MirageVersion): unknown[] {
  const parts: unknown[] = [];
  for (const t of scan.typs) parts.push([t, TYPES.get(t)?.declarations[r] ?? null, VALUES.get(t)?.versions[r]?.text ?? null, functorParam(t, r) ?? null]);
  for (const m of scan.members) {
    const [mod, ...rest] = m.split('.');
    parts.push([m, reference.submodules[mod!]?.find((x) => x.name === rest.join('.'))?.versions[r] ?? null]);
  }
  for (const { arity, runtimeArgs } of scan.mains) parts.push(['main', arity, startShape(r, arity), arity === 0 && refusesJobWithoutArguments(r, runtimeArgs)]);
  // `Runtime_arg.create ~pos:__POS__ "Unikernel.x"` passes no optional argument (4.5.0 has `?name`, later releases not).
  const create = reference.submodules.Runtime_arg?.find((m) => m.name === 'create')?.versions[r];
  parts.push(['runtime_args', runtimeArgsSupported(r), scan.runtimeArgs && create ? create.replace(/\?[a-z_]+:[^>]*?-> /g, '') : null]);
  parts.push(['target', targetsAt(r).includes(scan.target)]);
  return parts;
}

/**
 * The part of a value's signature at `r` that the instance's code relies on: its result, and the arguments it
 * passes (required ones, and the optional ones it sets) with their types — an optional argument added or
 * removed elsewhere does not change the file's meaning. Null when the value does not exist at `r`.
 */
function usedSignature(d: DeviceInstance, wired: ReadonlySet<string>, r: MirageVersion): unknown {
  const sig = VALUES.get(BUILTIN_VALUES[d.device] ?? d.device)?.versions[r];
  if (!sig) return d.device === 'ocaml_code' ? 'code' : null;
  let positional = 0;
  const used = sig.args.filter((a) => {
    if (a.kind === 'positional') positional++;
    if (a.kind !== 'optional') return true;
    const v = d.params[a.label!];
    // As codegen prints them: a main's `~packages` / `~runtime_args` only when not empty, other values when set.
    const empty = d.device === 'main' && Array.isArray(v) && v.length === 0;
    return wired.has(a.label!) || (v !== undefined && v !== null && !empty);
  });
  return [sig.result, positional, used.map((a) => [a.label, a.kind, a.type])];
}

/** The Cmdliner term type each runtime-argument parameter of the instance needs at `r` (`termTypeFor`). */
function termTypes(d: DeviceInstance, r: MirageVersion): (string | null)[] {
  const spec = catalogFor(r).devices.get(d.device);
  if (!spec) return [];
  const positional = spec.args.filter((a): a is ParamSpec => a.role === 'param' && a.kind === 'positional');
  return spec.args.flatMap((a) => (a.role === 'param' && a.type.kind === 'runtime_arg' && d.params[a.name] != null ? [termTypeFor(d.device, r, a, positional)] : []));
}

/** A run of consecutive releases, both ends included. */
export interface ReleaseSpan {
  first: MirageVersion;
  last: MirageVersion;
}

/**
 * The widest run of consecutive releases around the design's own in which its exported project is the same and
 * valid: every release whose `releaseKey` equals the design release's (just that release when the design has
 * errors there).
 */
export function validSpan(design: Design): ReleaseSpan {
  const hit = spans.get(design);
  if (hit && hit.mirage === design.mirage && hit.target === design.target) return hit.span;
  const span = computeSpan(design);
  spans.set(design, { mirage: design.mirage, target: design.target, span });
  return span;
}

/** Designs are immutable values (graph ops copy): one span per design object, for the export's many printers. */
const spans = new WeakMap<Design, { mirage: string; target: string; span: ReleaseSpan }>();

/**
 * The span is the run of releases around the design's own where every part of `releaseKey` is the same: each part
 * narrows a window, and a part is compared only at the releases still in it (once the window is the design's
 * release alone, the rest is skipped). An instance's part is kept per parameters object, device, target, wired ports and
 * release (see `parts`), so a design that changed one instance recomputes one part.
 */
function computeSpan(design: Design): ReleaseSpan {
  const v = design.mirage;
  const i = versionIndex(v);
  const span = { first: v, last: v };
  if (i < 0 || validateDesign(design).some((x) => x.severity === 'error')) return span;
  let lo = 0;
  let hi = MIRAGE_VERSIONS.length - 1;
  const narrow = (key: (r: MirageVersion) => string) => {
    if (lo === i && hi === i) return;
    const mine = key(v);
    for (let j = i - 1; j >= lo; j--) if (key(MIRAGE_VERSIONS[j]!) !== mine) lo = j + 1;
    for (let j = i + 1; j <= hi; j++) if (key(MIRAGE_VERSIONS[j]!) !== mine) hi = j - 1;
  };
  const globals = new Map<MirageVersion, unknown[]>();
  const scan = scanDesign(design);
  const global = (r: MirageVersion) => globals.get(r) ?? globals.set(r, globalParts(scan, r)).get(r)!;
  const count = global(v).length;
  for (let k = 0; k < count; k++) narrow((r) => JSON.stringify(global(r)[k]));
  const wired = wiredPorts(design);
  for (const d of design.devices) {
    const ports = wired.get(d.id) ?? NONE;
    const context = `${d.device}\u0000${design.target}\u0000${[...ports].sort().join('\u0000')}`;
    let cached = parts.get(d.params);
    if (!cached || cached.context !== context) parts.set(d.params, (cached = { context, keys: new Map() }));
    const keys = cached.keys;
    narrow((r) => {
      let k = keys.get(r);
      if (k === undefined) {
        k = JSON.stringify([instancePart(design, d, ports, r), GENERIC_STACKS.has(d.device) ? stackPart(design, d, r) : null]);
        keys.set(r, k);
      }
      return k;
    });
  }
  return { first: MIRAGE_VERSIONS[lo]!, last: MIRAGE_VERSIONS[hi]! };
}

/**
 * An instance's `releaseKey` part by release, kept per parameters object (a moved or renamed instance keeps its
 * `params` object, and its part depends on nothing else but its device, the target and the wired ports: `context`).
 */
const parts = new WeakMap<object, { context: string; keys: Map<MirageVersion, string> }>();

/**
 * The bounds of the `(* mirage >= min & < max *)` header for a span: `max` is the release after the span's
 * last, or the next patch number after the latest modelled release, so opam never picks one we have not checked.
 */
export function headerBounds(span: ReleaseSpan): { min: string; max: string } {
  const after = MIRAGE_VERSIONS[versionIndex(span.last) + 1];
  if (after) return { min: span.first, max: after };
  const [a, b, c] = span.last.split('.').map(Number) as [number, number, number];
  return { min: span.first, max: `${a}.${b}.${c + 1}` };
}
