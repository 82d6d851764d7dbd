import type { ParamType } from '../../core/catalog/spec';
import type { KeyValue, ParamValue } from '../../core/design/schema';
import { LOG_LEVELS, isIpv4, isIpv6, isOcamlInt, isOcamlInt64, isPrefix } from '../../core/validate/values';

/** What the field shows for a stored value (text fields only). */
export function toText(v: ParamValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : x.name)).join(', ');
  if ('ocaml' in v) return v.ocaml;
  if ('key' in v) return keyText(v);
  return v.runtimeArg;
}

/** A configure key as typed in a field: `Key.is_solo5`, `Key.kv_ro ~group:"data"`. */
export function keyText(v: KeyValue): string {
  return `Key.${v.key}${v.group !== undefined ? ` ~group:${JSON.stringify(v.group)}` : ''}`;
}

/** Reads `Key.member` or `Key.member ~group:"g"` typed into a key field; null for any other text. */
export function parseKeyText(text: string): KeyValue | null {
  const m = /^Key\.([a-z_][A-Za-z0-9_']*)(?:\s+~group:"((?:[^"\\]|\\.)*)")?(?:\s+\(\))?$/.exec(text.trim());
  if (!m) return null;
  return { key: m[1]!, ...(m[2] !== undefined ? { group: JSON.parse(`"${m[2]}"`) as string } : {}) };
}

/**
 * The value stored for text typed into a field of kind `t`; `undefined` = leave the argument out.
 * Invalid text is stored as typed (validation reports it), never dropped.
 */
export function fromText(t: ParamType, text: string): ParamValue | undefined {
  const s = text.trim();
  if (s === '' && t.kind !== 'string') return undefined;
  switch (t.kind) {
    case 'int':
      return /^-?\d+$/.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : text;
    case 'string_list':
    case 'target_list':
    case 'typ_list':
    case 'runtime_arg_list':
      return s.split(/[,\n]/).map((x) => x.trim()).filter(Boolean);
    case 'option':
      return fromText(t.inner, text);
    default:
      return text;
  }
}

/** Why the typed text is not a value of kind `t` (null when fine) — shown at the field while typing. */
export function fieldProblem(t: ParamType, text: string): string | null {
  const s = text.trim();
  if (s === '') return null;
  switch (t.kind) {
    case 'int':
      return isOcamlInt(s) ? null : 'Not an OCaml int.';
    case 'int64':
      return isOcamlInt64(s) ? null : 'Not an int64.';
    case 'ipv4':
      return isIpv4(s) ? null : 'Not an IPv4 address (like 10.0.0.2).';
    case 'ipv6':
      return isIpv6(s) ? null : 'Not an IPv6 address (like fd00::2).';
    case 'ip':
      return isIpv4(s) || isIpv6(s) ? null : 'Not an IP address.';
    case 'ipv4_prefix':
      return isPrefix(s, 4) ? null : 'Not an IPv4 prefix (like 10.0.0.2/24).';
    case 'ipv6_prefix':
      return isPrefix(s, 6) ? null : 'Not an IPv6 prefix (like fd00::2/64).';
    case 'log_level':
      return LOG_LEVELS.some((l) => l.toLowerCase() === s.replace(/^Logs\./, '').toLowerCase()) ? null : `One of ${LOG_LEVELS.join(', ')}.`;
    case 'option':
      return fieldProblem(t.inner, text);
    default:
      return null;
  }
}
