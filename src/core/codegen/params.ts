import { paramTypeOf } from '../catalog/params';
import type { ParamSpec, ParamType } from '../catalog/spec';
import type { KeyValue, ParamValue } from '../design/schema';
import { memberOfType } from '../facts/members';
import { runtimeArgsSupported } from '../reference/api';
import type { MirageVersion } from '../reference/types';
import type { IrExpr } from './ir-types';
import { converterOf } from './cmdliner';
import { keyIr, keyProblem } from './keys';
import { checkRawOcaml } from '../ocaml/balance';
import { sameArgType } from '../ocaml/types';
import { logsLevel, ocamlInt, ocamlInt64, ocamlString, variantTag } from './ocaml-literals';
import { printAtom, printExpr } from './print-expr';

export interface ParamContext {
  version: MirageVersion;
  /** Design runtime-argument names that get a binding (empty before 4.5). */
  runtimeArgs: ReadonlySet<string>;
  /** Declared OCaml type per runtime argument (a reference of another type prints as missing). */
  runtimeArgTypes?: ReadonlyMap<string, string>;
  /**
   * The type the unikernel's term must have for the parameter at hand, when the facts say it differs from the
   * signature's (`termTypeFor`): a runtime argument of another type prints as missing.
   */
  termType?: string;
  /** Name for a configure key made from a literal (`Key.create "<name>" …`), Mirage 4.0 `key` parameters. */
  keyName?: string;
}

const IP_FN: Record<string, string> = {
  ipv4: 'Ipaddr.V4.of_string_exn',
  ipv6: 'Ipaddr.V6.of_string_exn',
  ip: 'Ipaddr.of_string_exn',
  ipv4_prefix: 'Ipaddr.V4.Prefix.of_string_exn',
  ipv6_prefix: 'Ipaddr.V6.Prefix.of_string_exn',
};

/**
 * Raw OCaml `{ ocaml }` as an IR node. Text that does not lex or whose brackets do not nest (`check`
 * reports it, MC023) prints as missing with the reason, so it can never break the rest of the file.
 */
export function rawExpr(code: string, what: string): IrExpr {
  if (!code.trim()) return { k: 'missing', why: `${what}: empty OCaml code` };
  const checked = checkRawOcaml(code);
  return checked.ok ? { k: 'raw', code } : { k: 'missing', why: `${what}: ${checked.problem.message}` };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ocamlOf = (v: unknown): string | null => (isObj(v) && typeof v.ocaml === 'string' ? v.ocaml : null);
const rtOf = (v: unknown): string | null => (isObj(v) && typeof v.runtimeArg === 'string' ? v.runtimeArg : null);
/** The `{ key, group }` of a parameter value, or null. */
export const keyOf = (v: unknown): KeyValue | null =>
  isObj(v) && typeof v.key === 'string' ? { key: v.key, ...(typeof v.group === 'string' ? { group: v.group } : {}) } : null;

/** A configure key where a `… value` or `… key` (or an option of one) is expected; `missing` saying why when it does not fit. */
function keyParamExpr(t: ParamType, kv: KeyValue, ctx: ParamContext, what: string): IrExpr {
  const inner = t.kind === 'option' ? t.inner : t;
  if (inner.kind !== 'value' && inner.kind !== 'key') return { k: 'missing', why: `${what}: a configure key (\`Key.${kv.key}\`) cannot be given here` };
  const want = inner.kind;
  const problem = keyProblem(kv, inner.inner, want, ctx.version);
  const e = problem ? null : keyIr(kv, want, ctx.version);
  if (!e) return { k: 'missing', why: `${what}: ${problem ?? `\`Key.${kv.key}\` cannot be used here`}` };
  return t.kind === 'option' ? { k: 'ctor', name: 'Some', arg: e } : e;
}

/**
 * The IR of a parameter value, or null to leave an optional argument out.
 * Required arguments without a usable value become `missing` (or a same-named Key/Runtime_arg default).
 */
export function paramExpr(spec: ParamSpec, value: ParamValue | undefined, ctx: ParamContext, what: string): IrExpr | null {
  const optional = spec.kind === 'optional';
  const given = value !== undefined && value !== null;
  let e: IrExpr | null = null;
  if (given && ocamlOf(value) !== null) e = rawExpr(ocamlOf(value)!, what);
  else if (given && keyOf(value) !== null) e = keyParamExpr(spec.type, keyOf(value)!, ctx, what);
  else if (given) e = valueExpr(spec.type, value, ctx, spec.ocamlType);
  if (e) return e;
  if (spec.type.kind === 'option' && !optional && !given) return { k: 'lit', text: 'None' };
  if (!optional) {
    const d = submoduleDefault(spec, ctx.version);
    if (d) return d;
    return { k: 'missing', why: given ? `${what}: unusable value` : `${what} is not set` };
  }
  return null;
}

/** A literal of a parameter type; null when the value does not fit the type. */
export function valueExpr(t: ParamType, v: ParamValue, ctx: ParamContext, ocamlType: string): IrExpr | null {
  switch (t.kind) {
    case 'string':
      return typeof v === 'string' || typeof v === 'number' ? { k: 'str', v: String(v) } : null;
    case 'int': {
      const x = ocamlInt(v);
      return x === null ? null : { k: 'lit', text: x };
    }
    case 'int64': {
      const x = ocamlInt64(v);
      return x === null ? null : { k: 'lit', text: x };
    }
    case 'bool':
      return typeof v === 'boolean' ? { k: 'lit', text: String(v) } : v === 'true' || v === 'false' ? { k: 'lit', text: v } : null;
    case 'string_list':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? { k: 'list', items: (v as string[]).map((s) => ({ k: 'str', v: s })) } : null;
    case 'ipv4':
    case 'ipv6':
    case 'ip':
    case 'ipv4_prefix':
    case 'ipv6_prefix':
      return typeof v === 'string' && v.trim() ? { k: 'ctor', name: IP_FN[t.kind]!, arg: { k: 'str', v: v.trim() } } : null;
    case 'enum': {
      const tag = variantTag(v, t.cases);
      return tag ? { k: 'lit', text: tag } : null;
    }
    case 'log_level': {
      const isOption = /option\s*$/.test(ocamlType);
      if (isOption && typeof v === 'string' && /^(none|quiet|off)$/i.test(v.trim())) return { k: 'lit', text: 'None' };
      const lvl = logsLevel(v);
      if (!lvl) return null;
      return isOption ? { k: 'ctor', name: 'Some', arg: { k: 'lit', text: lvl } } : { k: 'lit', text: lvl };
    }
    case 'option': {
      const inner = valueExpr(t.inner, v, ctx, ocamlType.replace(/\s*option\s*$/, ''));
      return inner ? { k: 'ctor', name: 'Some', arg: inner } : null;
    }
    case 'runtime_arg':
      if (rtOf(v) === null || !ctx.runtimeArgs.has(rtOf(v)!)) return null;
      if (!sameRuntimeArgType(ctx.runtimeArgTypes?.get(rtOf(v)!) ?? ctx.termType ?? t.inner, ctx.termType ?? t.inner)) {
        return { k: 'missing', why: `runtime argument ${rtOf(v)} is not of type ${ctx.termType ?? t.inner}` };
      }
      return { k: 'rtref', name: rtOf(v)! };
    case 'value':
      return keyValueExpr(t.inner, v, ctx);
    case 'key':
      return (typeof v === 'string' ? memberRef('Key', v, `${t.inner} key`, ctx.version) : null) ?? keyLiteral(t.inner, v, ctx);
    default:
      return null;
  }
}

/** Equality of a runtime argument's type and a parameter's (parsed when both are runtime-argument types, else as text). */
export function sameRuntimeArgType(a: string, b: string): boolean {
  return sameArgType(a, b) ?? sameType(a, b);
}

/** Equality of two OCaml type texts up to spaces and redundant outer parentheses. */
export function sameType(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/\s*([()*,])\s*/g, '$1').trim().replace(/^\((.*)\)$/, '$1');
  return norm(a) === norm(b);
}

/** A `'a value`: a Key member (`Key.is_solo5`) by name, or a literal lifted with `Key.pure`. */
function keyValueExpr(inner: string, v: ParamValue, ctx: ParamContext): IrExpr | null {
  if (typeof v === 'string') {
    const m = memberRef('Key', v, `${inner} value`, ctx.version);
    if (m) return m;
  }
  const lit = valueExpr(paramTypeOf(inner), v, ctx, inner);
  return lit ? { k: 'app', fn: { k: 'mirage', name: 'Key.pure' }, args: [{ kind: 'positional', label: null, value: lit }] } : null;
}

/** A configure key holding a literal: `Key.create "name" Key.Arg.(opt int 8080 (info [ "name" ]))`. */
function keyLiteral(inner: string, v: ParamValue, ctx: ParamContext): IrExpr | null {
  const conv = converterOf(inner);
  const lit = valueExpr(paramTypeOf(inner), v, ctx, inner);
  if (!conv || !lit || !ctx.keyName) return null;
  const name = ctx.keyName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'key';
  // From 4.5.0 `Key.Arg` takes Cmdliner converters and has none of its own (lib/functoria/key.mli@v4.5.0).
  const c = runtimeArgsSupported(ctx.version) ? `Cmdliner.Arg.(${conv.replace(/^\((.*)\)$/, '$1')})` : conv;
  const arg: IrExpr = { k: 'raw', code: `opt ${c} ${printAtom(lit)} (info [ ${ocamlString(name)} ])` };
  return { k: 'app', fn: { k: 'mirage', name: 'Key.create' }, args: [pos({ k: 'str', v: name }), pos({ k: 'mirage', name: `Key.Arg.${printExpr(arg)}` })] };
}

const pos = (value: IrExpr) => ({ kind: 'positional' as const, label: null, value });

/** `Key.name` / `(Key.name ())` when the submodule has a member `name` whose type ends in `type`. */
function memberRef(mod: 'Key' | 'Runtime_arg', raw: string, type: string, version: MirageVersion): IrExpr | null {
  const m = memberOfType(mod, raw, type, version);
  if (!m) return null;
  return m.applyUnit ? { k: 'app', fn: { k: 'mirage', name: m.name }, args: [{ kind: 'positional', label: null, value: { k: 'unit' } }] } : { k: 'mirage', name: m.name };
}

/** For a required `key`/`runtime_arg` argument with no value: the same-named Key/Runtime_arg member, if any. */
function submoduleDefault(spec: ParamSpec, version: MirageVersion): IrExpr | null {
  if (!spec.label) return null;
  if (spec.type.kind === 'runtime_arg') return memberRef('Runtime_arg', spec.label, `${spec.type.inner} runtime_arg`, version);
  if (spec.type.kind === 'key') return memberRef('Key', spec.label, `${spec.type.inner} key`, version);
  return null;
}
