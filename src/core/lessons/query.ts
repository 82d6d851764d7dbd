import type { Design, DeviceInstance, ParamValue } from '../design/schema';
import type { Diagnostic } from '../diagnostics';
import { validateDesign } from '../validate/index';

/** Small pure questions lessons ask about a design: by catalog device, never by the learner's names. */

/** Every instance of a catalog device (`generic_stackv4v6`), in design order. */
export function instancesOf(d: Design, device: string): DeviceInstance[] {
  return d.devices.filter((x) => x.device === device);
}

/** The first instance of a catalog device, if any. */
export function firstOf(d: Design, device: string): DeviceInstance | undefined {
  return d.devices.find((x) => x.device === device);
}

/** The instances whose outputs are wired into `port` of instance `to`. */
export function sourcesOf(d: Design, to: string, port: string): DeviceInstance[] {
  const ids = d.wires.filter((w) => w.to === to && w.port === port).map((w) => w.from);
  return ids.map((id) => d.devices.find((x) => x.id === id)).filter((x): x is DeviceInstance => !!x);
}

/** The instance wired into `port` of `to` (the first, for a many-wire port), if any. */
export function sourceOf(d: Design, to: string, port: string): DeviceInstance | undefined {
  return sourcesOf(d, to, port)[0];
}

/** True when `port` of `to` is fed by an instance of catalog device `device`. */
export function fedBy(d: Design, to: string, port: string, device: string): boolean {
  return sourcesOf(d, to, port).some((x) => x.device === device);
}

/** The instances an instance's output is wired into, with the port. */
export function consumersOf(d: Design, from: string): { inst: DeviceInstance; port: string }[] {
  return d.wires
    .filter((w) => w.from === from)
    .map((w) => ({ inst: d.devices.find((x) => x.id === w.to), port: w.port }))
    .filter((x): x is { inst: DeviceInstance; port: string } => !!x.inst);
}

/** The design's `main` (the first one). */
export function mainOf(d: Design): DeviceInstance | undefined {
  return firstOf(d, 'main');
}

/** `main`'s functor parameters (typ names, in order). */
export function functorOf(main: DeviceInstance | undefined): string[] {
  const f = main?.params.functor;
  return Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
}

/** The ports (`arg1`…) of `main` that take a parameter of typ `typ`. */
export function mainPortsOf(d: Design, typ: string): string[] {
  return functorOf(mainOf(d)).flatMap((t, i) => (t === typ ? [`arg${i + 1}`] : []));
}

/** True when `main` has a parameter of typ `typ` fed by an instance of `device`. */
export function mainTakes(d: Design, typ: string, device: string): boolean {
  const main = mainOf(d);
  return !!main && mainPortsOf(d, typ).some((p) => fedBy(d, main.id, p, device));
}

/** True when instance `id` is wired into the jobs of a `register`. */
export function isRegistered(d: Design, id: string): boolean {
  return consumersOf(d, id).some((c) => c.inst.device === 'register' && c.port === 'jobs');
}

/** A parameter value as given (undefined when left out). */
export function paramOf(inst: DeviceInstance | undefined, name: string): ParamValue | undefined {
  return inst?.params[name] ?? undefined;
}

/** A parameter given as a plain string literal (trimmed), else undefined. */
export function stringParam(inst: DeviceInstance | undefined, name: string): string | undefined {
  const v = paramOf(inst, name);
  return typeof v === 'string' ? v.trim() : undefined;
}

/** The runtime argument a parameter refers to (`{ runtimeArg }`), if any. */
export function runtimeArgOf(d: Design, inst: DeviceInstance | undefined, name: string) {
  const v = paramOf(inst, name);
  if (!v || typeof v !== 'object' || Array.isArray(v) || !('runtimeArg' in v)) return undefined;
  return d.runtimeArgs.find((a) => a.name === v.runtimeArg);
}

const diagnostics = new WeakMap<Design, Diagnostic[]>();

/** The validator's diagnostics of a design (computed once per design object). */
export function diagnosticsOf(d: Design): Diagnostic[] {
  let l = diagnostics.get(d);
  if (!l) diagnostics.set(d, (l = validateDesign(d)));
  return l;
}

/** The validator's errors, optionally only those with one of the given codes. */
export function errorsOf(d: Design, ...codes: string[]): Diagnostic[] {
  return diagnosticsOf(d).filter((x) => x.severity === 'error' && (!codes.length || codes.includes(x.code)));
}

/** The validator's diagnostics of any severity with one of the given codes. */
export function problemsOf(d: Design, ...codes: string[]): Diagnostic[] {
  return diagnosticsOf(d).filter((x) => codes.includes(x.code));
}

/** A validator error as a hint: its message and what to do. */
export function asHint(x: Diagnostic | undefined): string | undefined {
  return x ? (x.hint ? `${x.message} ${x.hint}` : x.message) : undefined;
}
