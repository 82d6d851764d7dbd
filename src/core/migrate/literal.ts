import type { ParamType } from '../catalog/spec';
import type { ParamValue } from '../design/schema';
import { decodeString, readNumber } from '../import/literals';

/** A parsed OCaml literal: what a runtime argument's default text holds. */
type Lit =
  | { k: 'none' }
  | { k: 'some'; v: Lit }
  | { k: 'num'; v: string }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'tag'; v: string }
  | { k: 'list'; v: Lit[] };

/** Reads the small OCaml literal language of defaults (`None`, `Some 5L`, `"a"`, `[ "a"; "b" ]`, `` `Host ``); null otherwise. */
export function readLiteral(text: string): Lit | null {
  let t = text.trim();
  while (/^\(.*\)$/s.test(t) && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  if (t === 'None') return { k: 'none' };
  if (t === 'true' || t === 'false') return { k: 'bool', v: t === 'true' };
  const some = /^Some\s+(.*)$/s.exec(t);
  if (some) {
    const v = readLiteral(some[1]!);
    return v ? { k: 'some', v } : null;
  }
  const n = readNumber(t);
  if (n) return { k: 'num', v: String(n.v) };
  if (/^"([^"\\]|\\.)*"$/s.test(t)) {
    const s = decodeString(t.slice(1, -1));
    return s === null ? null : { k: 'str', v: s };
  }
  if (/^`[A-Za-z_][A-Za-z0-9_']*$/.test(t)) return { k: 'tag', v: t.slice(1) };
  if (/^\[.*\]$/s.test(t)) {
    const body = t.slice(1, -1).trim();
    if (!body) return { k: 'list', v: [] };
    const items = splitTop(body, ';').map((x) => x.trim()).filter(Boolean).map(readLiteral);
    return items.every((x): x is Lit => x !== null) ? { k: 'list', v: items } : null;
  }
  return null;
}

function balanced(s: string): boolean {
  let depth = 0;
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') if (--depth < 0) return false;
  }
  return depth === 0 && !inStr;
}

function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inStr = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/**
 * The design value of an OCaml default for a parameter of type `t` (`Some 5L` for `int64` → "5");
 * `undefined` when the default means "not given" (`None` for an optional argument); null when it does not fit.
 */
export function literalToValue(text: string, t: ParamType): ParamValue | undefined | null {
  const lit = readLiteral(text);
  if (!lit) return null;
  return fromLit(lit, t);
}

function fromLit(lit: Lit, t: ParamType): ParamValue | undefined | null {
  if (t.kind === 'option') {
    if (lit.k === 'none') return undefined;
    return fromLit(lit.k === 'some' ? lit.v : lit, t.inner);
  }
  if (t.kind === 'runtime_arg' || t.kind === 'key' || t.kind === 'value') return null;
  // A plain optional argument whose old default was an option: `None` = leave it out, `Some x` = x.
  if (lit.k === 'none') return undefined;
  if (lit.k === 'some') return fromLit(lit.v, t);
  switch (t.kind) {
    case 'int':
    case 'int64':
      return lit.k === 'num' ? lit.v : null;
    case 'bool':
      return lit.k === 'bool' ? lit.v : null;
    case 'string':
    case 'ipv4':
    case 'ipv6':
    case 'ip':
    case 'ipv4_prefix':
    case 'ipv6_prefix':
    case 'log_level':
      return lit.k === 'str' ? lit.v : null;
    case 'string_list':
      return lit.k === 'list' && lit.v.every((x) => x.k === 'str') ? lit.v.map((x) => (x as { v: string }).v) : null;
    case 'enum':
      return lit.k === 'tag' && t.cases.some((c) => c.replace(/^`/, '') === lit.v) ? lit.v : null;
    default:
      return null;
  }
}
