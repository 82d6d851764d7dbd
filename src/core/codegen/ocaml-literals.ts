/** OCaml literal printing and safety checks for generated source (pure). */

/** An OCaml string literal for any JS string: quotes, backslashes, control chars and non-ASCII are escaped. */
export function ocamlString(s: string): string {
  let out = '"';
  for (const byte of new TextEncoder().encode(s)) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x09) out += '\\t';
    else if (byte === 0x0d) out += '\\r';
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${byte.toString().padStart(3, '0')}`;
  }
  return out + '"';
}

/** Decimal integer text of a number or numeric string; null when it is not an integer. */
export function integerText(v: unknown): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : null;
  if (typeof v === 'string' && /^\s*-?\d{1,19}\s*$/.test(v)) return BigInt(v.trim()).toString();
  return null;
}

/** An `int` literal (`42`, `(-42)`); null when not an integer. */
export function ocamlInt(v: unknown): string | null {
  const t = integerText(v);
  return t === null ? null : t.startsWith('-') ? `(${t})` : t;
}

/** An `int64` literal (`123L`, `(-1L)`); null when not an integer. */
export function ocamlInt64(v: unknown): string | null {
  const t = integerText(v);
  return t === null ? null : t.startsWith('-') ? `(${t}L)` : `${t}L`;
}

/** A polymorphic variant tag from `Fast`, `` `Fast `` or `fast` given the allowed cases; null if none matches. */
export function variantTag(v: unknown, cases: readonly string[]): string | null {
  if (typeof v !== 'string') return null;
  const want = v.trim().replace(/^`/, '').toLowerCase();
  const hit = cases.find((c) => c.replace(/^`/, '').toLowerCase() === want);
  return hit ? `\`${hit.replace(/^`/, '')}` : null;
}

/** The `Logs.level` constructor for a level name (`info`, `Logs.Info`); null when unknown. */
export function logsLevel(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const n = v.trim().replace(/^Logs\./, '').toLowerCase();
  const levels: Record<string, string> = { app: 'App', error: 'Error', warning: 'Warning', warn: 'Warning', info: 'Info', debug: 'Debug' };
  return levels[n] ? `Logs.${levels[n]}` : null;
}

/**
 * True when raw OCaml text keeps its strings, comments and brackets balanced, so printing it
 * inside parentheses cannot swallow or break the rest of the file.
 */
export function isBalancedOcaml(src: string): boolean {
  const stack: string[] = [];
  const close: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let i = 0;
  const n = src.length;
  const skipString = (): boolean => {
    i++;
    while (i < n && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
    if (i >= n) return false;
    i++;
    return true;
  };
  const skipQuoted = (): boolean => {
    const m = /^\{([a-z_]*)\|/.exec(src.slice(i));
    if (!m) return false;
    const end = src.indexOf(`|${m[1]}}`, i + m[0].length);
    if (end < 0) return false;
    i = end + m[1]!.length + 2;
    return true;
  };
  const skipComment = (): boolean => {
    let depth = 0;
    while (i < n) {
      if (src.startsWith('(*', i)) {
        depth++;
        i += 2;
      } else if (src.startsWith('*)', i)) {
        depth--;
        i += 2;
        if (depth === 0) return true;
      } else if (src[i] === '"') {
        if (!skipString()) return false;
      } else if (/^\{[a-z_]*\|/.test(src.slice(i, i + 40))) {
        if (!skipQuoted()) return false;
      } else i++;
    }
    return false;
  };
  while (i < n) {
    const c = src[i]!;
    if (src.startsWith('(*', i)) {
      if (!skipComment()) return false;
    } else if (src.startsWith('*)', i)) return false;
    else if (c === '"') {
      if (!skipString()) return false;
    } else if (c === "'" && /^'(\\(?:[\\'"ntbr ]|\d{3}|x[0-9a-fA-F]{2}|o[0-7]{3})|[^\\'\n])'/.test(src.slice(i, i + 6))) {
      i = src.indexOf("'", i + 2) + 1;
    } else if (c === '{' && /^\{[a-z_]*\|/.test(src.slice(i, i + 40))) {
      if (!skipQuoted()) return false;
    } else if (c === '(' || c === '[' || c === '{') {
      stack.push(c);
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== close[c]) return false;
      i++;
    } else i++;
  }
  return stack.length === 0;
}

/** Text made safe for the inside of an OCaml comment: no quotes, braces, stars or backslashes, ASCII only. */
export function commentSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9 _.,:;=+\-/'()!?#@%&<>[\]^~`|$]/g, '?');
}

/** OCaml keywords: never valid binding names. */
export const OCAML_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'and as assert asr begin class constraint do done downto else end exception external false for fun function ' +
    'functor if in include inherit initializer land lazy let lor lsl lsr lxor match method mod module mutable new ' +
    'nonrec object of open or private rec sig struct then to true try type val virtual when while with'
  ).split(' '),
);
