/** OCaml integer literals (`42`, `-7`, `0x1F`, `0o17`, `0b101`, `1_000`) as exact values (pure). */

const INT_LITERAL = /^(-)?(0[xX][0-9A-Fa-f][0-9A-Fa-f_]*|0[oO][0-7][0-7_]*|0[bB][01][01_]*|[0-9][0-9_]*)$/;

/** The value of an OCaml integer literal with an optional leading `-` (no modifier); null when it is not one. */
export function parseIntLiteral(text: string): bigint | null {
  const m = INT_LITERAL.exec(text.trim());
  if (!m) return null;
  const body = m[2]!.replace(/_/g, '');
  const v = /^0[oO]/.test(body) ? BigInt(`0o${body.slice(2)}`) : /^0[bB]/.test(body) ? BigInt(`0b${body.slice(2)}`) : BigInt(body);
  return m[1] ? -v : v;
}

/** OCaml `int` bounds on 64-bit platforms (63-bit ints). */
export const INT_MIN = -(2n ** 62n);
export const INT_MAX = 2n ** 62n - 1n;
/** `int32` and `int64` bounds. */
export const INT32_MIN = -(2n ** 31n);
export const INT32_MAX = 2n ** 31n - 1n;
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** The value of `v` (a safe-integer number or integer-literal text) when it lies in [min, max]; else null. */
export function integerIn(v: unknown, min: bigint, max: bigint): bigint | null {
  let n: bigint | null = null;
  if (typeof v === 'number') n = Number.isSafeInteger(v) ? BigInt(v) : null;
  else if (typeof v === 'string' && v.length <= 200) n = parseIntLiteral(v);
  return n !== null && n >= min && n <= max ? n : null;
}
