import { reference } from '../reference/api';
import type { FunctorParam } from '../reference/types';
import { type MirageVersion, compareVersions } from '../reference/versions';

/** How a unikernel functor declares the parameter for one typ at a release (from `functor_param`). */
export type ParamDecl =
  | { kind: 'module_type'; sig: string }
  /** `(_ : sig end)`: the typ is a job, not a module type (`module`), not a functor argument (`none`), or unknown. */
  | { kind: 'anonymous'; why: string };

const TYPES = new Map(reference.types.map((t) => [t.name, t]));

/** The `functor_param` fact of a typ at a release; undefined when the data has none. */
export function functorParam(typ: string, version: MirageVersion): FunctorParam | undefined {
  return TYPES.get(typ)?.functorParam[version];
}

/**
 * The declaration of a functor parameter of typ `typ` at `version`: `(X : path)` when the fact gives a module
 * type, else an anonymous `(_ : sig end)` — a `module`-kind typ (4.10+ `sleep`, `ptime`, `mtime`, `random`) is a
 * job implemented by a plain module, and no module type of that name exists.
 */
export function paramDecl(typ: string, version: MirageVersion): ParamDecl {
  const fp = functorParam(typ, version);
  if (fp?.kind === 'module_type' && fp.path) return fp.path === 'sig end' ? { kind: 'anonymous', why: fp.note ?? `${typ} has no module type` } : { kind: 'module_type', sig: fp.path };
  if (fp?.kind === 'module') return { kind: 'anonymous', why: `${typ} is a job implemented by the module ${fp.path ?? '?'}: a unikernel does not need it` };
  if (fp?.kind === 'none') return { kind: 'anonymous', why: `${typ} is not a functor argument` };
  return { kind: 'anonymous', why: `the module type of ${typ} is not known` };
}

/**
 * Whether the release refuses a job whose `main` takes nothing (register's `app_has_no_arguments` check):
 * never before 4.4.0 (no check, lib/functoria/engine.ml@v4.3.6); at 4.4.0–4.5.1 whenever the main has no
 * functor argument (lib/functoria/impl.ml@v4.4.0..v4.5.1); at 4.6.0–4.8.2 unless it has runtime arguments
 * (impl.ml@v4.6.0); from 4.9.0 never, as `main` adds `Job.noop` as a dependency (lib/functoria/DSL.ml@v4.9.0).
 */
export function refusesJobWithoutArguments(version: MirageVersion, hasRuntimeArgs: boolean): boolean {
  if (compareVersions(version, '4.4.0') < 0 || compareVersions(version, '4.9.0') >= 0) return false;
  if (compareVersions(version, '4.6.0') >= 0) return !hasRuntimeArgs;
  return true;
}

/**
 * The values `start` receives, in the order main.ml passes them (lib/functoria/engine.ml `emit_connect`: the
 * functor arguments, then extra dependencies, then the runtime arguments): `noopUnit` is the `()` that 4.9+
 * passes to a main that is not a functor (DSL.ml@v4.9.0 `main`).
 */
export function startShape(version: MirageVersion, functorArity: number): { noopUnit: boolean } {
  return { noopUnit: functorArity === 0 && compareVersions(version, '4.9.0') >= 0 };
}
