/** OCaml literal printing and safety checks for generated source (pure). */
import { checkRawOcaml } from '../ocaml/balance';
import { INT64_MAX, INT64_MIN, integerIn } from '../ocaml/numbers';

const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** An OCaml string literal for any JS string: quotes, backslashes, control chars and non-ASCII are escaped. */
export function ocamlString(s: string): string {
  // Printable ASCII other than `"` and `\` is written as it is (the usual name or path): no byte loop.
  if (PLAIN.test(s)) return `"${s}"`;
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

/**
 * Decimal text of an integer given as a safe-integer number or OCaml integer-literal text (`42`, `-7`,
 * `0x1F`, `1_000`) within the int64 range; null otherwise. (Validation checks the narrower `int` range.)
 */
export function integerText(v: unknown): string | null {
  const n = integerIn(v, INT64_MIN, INT64_MAX);
  return n === null ? null : n.toString();
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

const LOGS_LEVELS = new Map([
  ['app', 'App'],
  ['error', 'Error'],
  ['warning', 'Warning'],
  ['warn', 'Warning'],
  ['info', 'Info'],
  ['debug', 'Debug'],
]);

/** The `Logs.level` constructor for a level name (`info`, `Logs.Info`); null when unknown. */
export function logsLevel(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const level = LOGS_LEVELS.get(v.trim().replace(/^Logs\./, '').toLowerCase());
  return level ? `Logs.${level}` : null;
}

/**
 * True when raw OCaml text lexes (OCaml's own lexical rules) and keeps its brackets and keyword blocks
 * nested, so printing it inside parentheses cannot swallow or break the rest of the file (see `ocaml/balance.ts`).
 */
export function isBalancedOcaml(src: string): boolean {
  return checkRawOcaml(src).ok;
}

/** Text made safe for the inside of an OCaml comment: no quotes, braces, stars or backslashes, ASCII only. */
export function commentSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9 _.,:;=+\-/'()!?#@%&<>[\]^~`|$]/g, '?');
}

/** OCaml keywords: never valid binding names (one copy, in `../ocaml/keywords`). */
export { OCAML_KEYWORDS } from '../ocaml/keywords';
