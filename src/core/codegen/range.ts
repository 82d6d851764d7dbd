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
  const parts: unknown[] = [];
  const at = { ...design, mirage: r };
  const warnErrors = configWarningsAreErrors(r);
  for (const d of design.devices) {
    const flags = instanceFlags(at, d).map((f) => `${f.name} ${f.stage} ${f.fn}`).sort();
    // A deprecated value is refused where warnings are errors (4.3.2–4.7.0).
    const refused = warnErrors && !!VALUES.get(BUILTIN_VALUES[d.device] ?? d.device)?.deprecated[r];
    const cases = d.device === 'match_impl' ? strList(d.params.cases).map((c) => reference.targetConstructors[r]?.[c] ?? null) : [];
    parts.push([d.id, usedSignature(design, d, r), runsOn(d.device, r, design.target), flags, termTypes(d, r), refused, cases]);
  }
  const typs = new Set(design.devices.filter((d) => d.device === 'main').flatMap((d) => strList(d.params.functor)));
  for (const t of [...typs].sort()) parts.push([t, TYPES.get(t)?.declarations[r] ?? null, VALUES.get(t)?.versions[r]?.text ?? null, functorParam(t, r) ?? null]);
  const members = new Set<string>();
  for (const d of design.devices) for (const v of Object.values(d.params)) if (typeof v === 'string' && /^(Key|Runtime_arg)\.[a-z_][\w.]*$/.test(v.trim())) members.add(v.trim());
  for (const m of [...members].sort()) {
    const [mod, ...rest] = m.split('.');
    parts.push([m, reference.submodules[mod!]?.find((x) => x.name === rest.join('.'))?.versions[r] ?? null]);
  }
  for (const d of design.devices.filter((x) => x.device === 'main')) {
    const arity = strList(d.params.functor).length;
    parts.push(['main', arity, startShape(r, arity), arity === 0 && refusesJobWithoutArguments(r, strList(d.params.runtime_args).length > 0)]);
  }
  // `Runtime_arg.create ~pos:__POS__ "Unikernel.x"` passes no optional argument (4.5.0 has `?name`, later releases not).
  const create = reference.submodules.Runtime_arg?.find((m) => m.name === 'create')?.versions[r];
  parts.push(['runtime_args', runtimeArgsSupported(r), design.runtimeArgs.length > 0 && create ? create.replace(/\?[a-z_]+:[^>]*?-> /g, '') : null]);
  parts.push(['target', targetsAt(r).includes(design.target)]);
  for (const d of design.devices) if (GENERIC_STACKS.has(d.device)) parts.push(['stack', d.id, stackPlan(d.device, r, design.target, typeof d.params.group === 'string' ? d.params.group : '')]);
  return JSON.stringify(parts);
}

/**
 * The part of a value's signature at `r` that the instance's code relies on: its result, and the arguments it
 * passes (required ones, and the optional ones it sets) with their types — an optional argument added or
 * removed elsewhere does not change the file's meaning. Null when the value does not exist at `r`.
 */
function usedSignature(design: Design, d: DeviceInstance, r: MirageVersion): unknown {
  const sig = VALUES.get(BUILTIN_VALUES[d.device] ?? d.device)?.versions[r];
  if (!sig) return d.device === 'ocaml_code' ? 'code' : null;
  const wired = new Set(design.wires.filter((w) => w.to === d.id).map((w) => w.port));
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

function computeSpan(design: Design): ReleaseSpan {
  const v = design.mirage;
  const i = versionIndex(v);
  const span = { first: v, last: v };
  if (i < 0 || validateDesign(design).some((x) => x.severity === 'error')) return span;
  const key = releaseKey(design, v);
  for (let j = i - 1; j >= 0 && releaseKey(design, MIRAGE_VERSIONS[j]!) === key; j--) span.first = MIRAGE_VERSIONS[j]!;
  for (let j = i + 1; j < MIRAGE_VERSIONS.length && releaseKey(design, MIRAGE_VERSIONS[j]!) === key; j++) span.last = MIRAGE_VERSIONS[j]!;
  return span;
}

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
