import { paramTypeOf } from '../catalog/params';
import type { ParamSpec } from '../catalog/spec';
import type { Design, ParamValue } from '../design/schema';
import { paramExpr, sameType, valueExpr } from '../codegen/params';
import type { MirageVersion } from '../reference/types';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The raw OCaml of an `{ ocaml }` value, else null. */
export const ocamlOf = (v: ParamValue | undefined): string | null => (isObj(v) && 'ocaml' in v && typeof v.ocaml === 'string' ? v.ocaml : null);

/** The runtime-argument name of a `{ runtimeArg }` value, else null. */
export const runtimeArgOf = (v: ParamValue | undefined): string | null => (isObj(v) && 'runtimeArg' in v && typeof v.runtimeArg === 'string' ? v.runtimeArg : null);

/** True when `v` is given (not null/undefined/empty list). */
export const isGiven = (v: ParamValue | undefined): boolean => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);

/** The value as the user would read it in a message (`8080`, `"db"`, `runtime argument port`, OCaml text). */
export function showValue(v: ParamValue | undefined): string {
  if (v === undefined || v === null) return 'unset';
  const raw = ocamlOf(v);
  if (raw !== null) return `\`${raw}\``;
  const rt = runtimeArgOf(v);
  if (rt !== null) return `the runtime argument \`${rt}\``;
  if (typeof v === 'string') return JSON.stringify(v);
  return JSON.stringify(v);
}

/**
 * True when the value prints as a valid argument of `spec` at `version` (raw OCaml is trusted; a literal
 * given to a `… runtime_arg` parameter counts, as the exporter turns it into a runtime argument). A runtime
 * argument must have `termType` (the facts' Cmdliner term type, `termTypeFor`) when given, else the signature's.
 */
export function valueFits(spec: ParamSpec, v: ParamValue, design: Design, version: MirageVersion, termType?: string | null): boolean {
  if (ocamlOf(v) !== null) return true;
  const rt = runtimeArgOf(v);
  if (rt !== null) {
    const def = design.runtimeArgs.find((r) => r.name === rt);
    return spec.type.kind === 'runtime_arg' && !!def && sameType(def.type, termType ?? spec.type.inner);
  }
  const ctx = { version, runtimeArgs: new Set<string>(), keyName: spec.name };
  if (spec.type.kind === 'runtime_arg') return valueExpr(paramTypeOf(spec.type.inner), v, ctx, spec.type.inner) !== null;
  const e = paramExpr(spec, v, ctx, spec.name);
  return e !== null && e.k !== 'missing';
}

/** The plain OCaml type a parameter's value has (`int64 option runtime_arg` → `int64 option`). */
export function innerType(spec: ParamSpec): string {
  const t = spec.type;
  return t.kind === 'runtime_arg' || t.kind === 'key' || t.kind === 'value' ? t.inner : spec.ocamlType;
}
