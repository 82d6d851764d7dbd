import { strToU8 } from 'fflate';

/** Reading OCaml literals: numbers and string escapes. */

export type NumberLit = { k: 'int'; v: number } | { k: 'int64'; v: string } | null;

/** Reads an OCaml integer literal (`1_000`, `0x1F`, `-3`, `5L`); null for floats, int32, nativeint. */
export function readNumber(text: string): NumberLit {
  const t = text.replace(/_/g, '');
  const m = /^(-?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)(L?)$/.exec(t);
  if (!m) return null;
  const digits = m[2]!.replace(/^0[oO]/, '0o').replace(/^0[bB]/, '0b').replace(/^0[xX]/, '0x');
  let big: bigint;
  try {
    big = BigInt(digits);
  } catch {
    return null;
  }
  if (m[1]) big = -big;
  if (m[3]) return big >= -(2n ** 63n) && big < 2n ** 63n ? { k: 'int64', v: big.toString() } : null;
  return big >= -(2n ** 62n) && big < 2n ** 62n && Number.isSafeInteger(Number(big)) ? { k: 'int', v: Number(big) } : null;
}

/** UTF-8 that keeps a leading U+FEFF: it is part of the string's value (fflate's `strFromU8` would drop it). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

const SIMPLE = new Map<string, number>([['n', 10], ['t', 9], ['b', 8], ['r', 13], [' ', 32], ['\\', 92], ['"', 34], ["'", 39]]);

/** Decodes the body of an OCaml "…" string (escapes are bytes, read back as UTF-8); null on a bad escape. */
export function decodeString(body: string): string | null {
  if (!body.includes('\\')) return body;
  // Escapes are bytes: collect UTF-8 chunks and escaped bytes, then decode once (no argument spreading: any length).
  const parts: Uint8Array[] = [];
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length) parts.push(Uint8Array.from(bytes));
    bytes = [];
  };
  const re = /\\(?:\r?\n[ \t]*|x[0-9a-fA-F]{2}|o[0-3][0-7]{2}|[0-9]{3}|u\{[0-9a-fA-F]{1,6}\}|.)/gs;
  let last = 0;
  for (const m of body.matchAll(re)) {
    if (m.index > last) {
      flush();
      parts.push(strToU8(body.slice(last, m.index)));
    }
    last = m.index + m[0].length;
    const e = m[0];
    const c = e[1]!;
    if (c === '\n' || c === '\r') continue;
    const simple = SIMPLE.get(c);
    if (simple !== undefined) bytes.push(simple);
    else if (c === 'x') bytes.push(parseInt(e.slice(2), 16));
    else if (c === 'o') bytes.push(parseInt(e.slice(2), 8));
    else if (/[0-9]/.test(c)) {
      const n = parseInt(e.slice(1), 10);
      if (n > 255) return null;
      bytes.push(n);
    } else if (c === 'u') {
      const cp = parseInt(e.slice(3, -1), 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return null;
      flush();
      parts.push(strToU8(String.fromCodePoint(cp)));
    } else return null;
  }
  flush();
  if (last < body.length) parts.push(strToU8(body.slice(last)));
  let size = 0;
  for (const p of parts) size += p.length;
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return UTF8.decode(all);
}

/** How the composer's export writes a value the design does not give (`Stdlib.failwith "mirage-composer: …"`). */
export function isMissing(code: string): boolean {
  return /^\(?\s*Stdlib\.failwith\s+"mirage-composer: [^"]*"\s*\)?$/.test(code.trim());
}
