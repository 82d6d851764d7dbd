import type { ParamType } from '../catalog/spec';
import type { ParamValue } from '../design/schema';
import { LOG_LEVELS } from '../validate/values';
import { isMissing } from './literals';
import type { ImportState } from './state';
import { type Val, describe } from './values';

const IP_KINDS = new Set(['ipv4', 'ipv6', 'ip', 'ipv4_prefix', 'ipv6_prefix']);

/** `Logs.Info` → `info` (the form the composer edits). */
const LOG_LEVEL_OF = new Map<string, string>(LOG_LEVELS.map((l) => [`Logs.${l}`, l.toLowerCase()]));

/**
 * Converts an evaluated argument into a parameter value of the given type. Runtime args become
 * `{ runtimeArg }`, keys/values and anything unmodelled `{ ocaml }` text; a literal of the wrong type is an error.
 */
export function toParam(st: ImportState, v: Val, t: ParamType, where: string): ParamValue {
  if (v.k === 'code') return isMissing(v.text) ? null : { ocaml: v.text };
  if (v.k === 'rtarg') {
    if (t.kind !== 'runtime_arg' && t.kind !== 'ocaml') mismatch(st, v, where, 'a literal value');
    st.useRuntimeArg(v.name, v.node);
    return { runtimeArg: v.name };
  }
  if (v.k === 'key') return keyParam(st, v, t, where);
  const got = literal(v, t);
  if (got !== undefined) return got;
  if (t.kind === 'runtime_arg' || t.kind === 'key' || t.kind === 'value' || t.kind === 'ocaml') return { ocaml: v.text };
  mismatch(st, v, where, expected(t));
  return { ocaml: v.text };
}

/** A configure key given where a `… value` or `… key` (or an option of one) is expected. */
function keyParam(st: ImportState, v: Val & { k: 'key' }, t: ParamType, where: string): ParamValue {
  const inner = t.kind === 'option' ? t.inner : t;
  const kv = { key: v.key, ...(v.group !== undefined ? { group: v.group } : {}) };
  if ((inner.kind === 'value' && v.value) || (inner.kind === 'key' && !v.value)) return kv;
  if (inner.kind === 'value' || inner.kind === 'key') {
    st.report('MC014', 'error', `${where} expects a configure ${inner.kind}, got ${describe(v)}${inner.kind === 'value' ? ' (lift it with `Key.value`)' : ''}.`, v.node);
  } else if (inner.kind !== 'ocaml') mismatch(st, v, where, expected(t));
  return { ocaml: v.text };
}

function literal(v: Val, t: ParamType): ParamValue | undefined {
  switch (t.kind) {
    case 'string':
      return v.k === 'str' ? v.v : undefined;
    case 'int':
      return v.k === 'int' ? v.v : undefined;
    case 'int64':
      return v.k === 'int64' ? v.v : undefined;
    case 'bool':
      return v.k === 'bool' ? v.v : undefined;
    case 'string_list':
      return v.k === 'list' && v.items.every((i) => i.k === 'str') ? v.items.map((i) => (i as { v: string }).v) : undefined;
    case 'enum':
      return v.k === 'variant' && v.arg === null && t.cases.includes(v.tag) ? v.tag : undefined;
    case 'log_level':
      if (v.k === 'option') return v.v === null ? null : literal(v.v, t);
      return v.k === 'variant' && v.arg === null ? LOG_LEVEL_OF.get(v.tag) : undefined;
    case 'option':
      if (v.k !== 'option') return undefined;
      return v.v === null ? null : literal(v.v, t.inner);
    default:
      if (IP_KINDS.has(t.kind) && v.k === 'variant' && v.tag.startsWith('Ipaddr') && v.arg?.k === 'str') return v.arg.v;
      return undefined;
  }
}

function expected(t: ParamType): string {
  switch (t.kind) {
    case 'string':
      return 'a string';
    case 'int':
      return 'an int';
    case 'int64':
      return 'an int64 (like `1_000L`)';
    case 'bool':
      return 'a bool';
    case 'string_list':
      return 'a list of strings';
    case 'enum':
      return `one of ${t.cases.join(', ')}`;
    case 'option':
      return `an option (\`None\` or \`Some …\`) of ${expected(t.inner)}`;
    case 'log_level':
      return 'a log level (`Some Logs.Info`, …)';
    default:
      return IP_KINDS.has(t.kind) ? `an address (\`Ipaddr…of_string_exn "…"\`)` : t.kind;
  }
}

function mismatch(st: ImportState, v: Val, where: string, want: string): void {
  st.report('MC014', 'error', `${where} expects ${want}, got ${describe(v)}.`, v.node);
}
