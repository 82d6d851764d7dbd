import type { DeviceInstance } from '../design/schema';
import { type Ty, parseTy, renameVars, tvar } from '../types/term';
import { expandTy } from '../types/aliases';
import type { Catalog } from './build';
import type { DeviceSpec, ParamSpec, PortSpec, UnitSpec } from './spec';

type Arg = PortSpec | ParamSpec | UnitSpec;

/** The strings of a list parameter (`functor`, `cases`, `refs`, `runtime_args`); anything else gives `[]`. */
export const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The arguments of an instance, with dynamic ports resolved: `main` gets one port per functor
 * argument (`arg1`…), `match_impl` one per target case (`case_hvt`…), `ocaml_code` one per reference.
 */
export function argsOf(spec: DeviceSpec, inst: Pick<DeviceInstance, 'params'> | undefined, catalog: Catalog): Arg[] {
  const params = inst?.params ?? {};
  if (spec.id === 'main') {
    const ports: PortSpec[] = strList(params.functor).map((typ, i) => ({
      role: 'port',
      name: `arg${i + 1}`,
      label: null,
      kind: 'positional',
      // Each functor argument has its own variables: `udp @-> udp @-> job` takes two independent `'a udp`.
      type: renameVars(catalog.typs.get(typ)?.type ?? typeFromText(typ, catalog, 't'), (n) => `${n}${i + 1}`),
    }));
    return [...spec.args, ...ports];
  }
  if (spec.id === 'match_impl') {
    const cases: PortSpec[] = strList(params.cases).map((t) => ({
      role: 'port',
      name: `case_${t}`,
      label: null,
      kind: 'positional',
      type: tvar('a'),
    }));
    return [...spec.args, ...cases];
  }
  if (spec.id === 'ocaml_code') {
    const refs: PortSpec[] = strList(params.refs).map((r, i) => ({
      role: 'port',
      name: `ref_${r}`,
      label: null,
      kind: 'optional',
      type: tvar(`r${i}`),
    }));
    return [...spec.args, ...refs];
  }
  return spec.args;
}

/** The input ports of an instance, in signature order. */
export function portsOf(spec: DeviceSpec, inst: Pick<DeviceInstance, 'params'> | undefined, catalog: Catalog): PortSpec[] {
  return argsOf(spec, inst, catalog).filter((a): a is PortSpec => a.role === 'port');
}

/** The scalar parameters of an instance, in signature order. */
export function paramsOf(spec: DeviceSpec): ParamSpec[] {
  return spec.args.filter((a): a is ParamSpec => a.role === 'param');
}

/** The output type of an instance (`ocaml_code` reads it from its `type` parameter). */
export function outputOf(spec: DeviceSpec, inst: Pick<DeviceInstance, 'params'> | undefined, catalog: Catalog): Ty | null {
  if (spec.id === 'ocaml_code') {
    const t = inst?.params.type;
    return typeof t === 'string' && t.trim() ? typeFromText(t, catalog, 'a') : tvar('a');
  }
  return spec.output;
}

/** A module type written as text (`kv_ro`, `v4 ip`, `tcpv4v6`); unknown text becomes a fresh variable. */
export function typeFromText(text: string, catalog: Catalog, fallbackVar: string): Ty {
  const typ = catalog.typs.get(text.trim());
  if (typ) return typ.type;
  try {
    return expandTy(parseTy(text), catalog.version);
  } catch {
    return tvar(fallbackVar);
  }
}
