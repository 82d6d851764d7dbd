/** OCaml's lexical rules, piece by piece: the scanners `lexer.ts` calls (pure; see that file). */
import type { LexError } from './lexer';

export const SYMBOL = new Set('!$%&*+-./:<=>?@^|~');
export const DOT_SYMBOL = new Set('!$%&*+-/:=>?@^|');
export const KWDOP = new Set('$&*+-/<=>@^|');
export const INFIX_START = new Set('=<>|&$@^+-*/%');
export const isLower = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || c === '_');
export const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
export const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
export const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
export const isIdentChar = (c: string | undefined) => isLower(c) || isUpper(c) || isDigit(c) || c === "'";
export const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f';

/** A lexical error, thrown by the scanners and caught by `lexOcaml`. */
export class Fail extends Error {
  constructor(readonly at: LexError) {
    super(at.message);
  }
}

/** The scanners over one text; each returns where its token ends (or its length), or throws `Fail`. */
export function scanners(src: string) {
  const n = src.length;
  const fail = (message: string, start: number, end = start + 1, stricter = false): never => {
    throw new Fail({ message, start, end: Math.min(end, n), ...(stricter ? { stricter: true as const } : {}) });
  };
  /** Length of `\r* \n` at `p`, or 0. */
  const newlineAt = (p: number): number => {
    let q = p;
    while (src[q] === '\r') q++;
    return src[q] === '\n' ? q - p + 1 : 0;
  };
  const identEnd = (p: number): number => {
    while (isIdentChar(src[p])) p++;
    return p;
  };
  /** End of `{id|` / `{%ext|` / `{%ext id|` / `{%%ext …|` opening a quoted string at `p` (a `{`), or -1; its delimiter. */
  const quotedOpen = (p: number, inComment: boolean): { end: number; delim: string } | null => {
    let q = p + 1;
    if (src[q] === '%') {
      q++;
      if (src[q] === '%') q++;
      const e = extAttrIdentEnd(q);
      if (e < 0) return null;
      q = e;
      const afterId = q;
      while (isBlank(src[q])) q++;
      const blanks = q > afterId;
      const d0 = q;
      while (isLower(src[q])) q++;
      if (src[q] !== '|') return null;
      // Outside comments, a delimiter after the extension name needs blanks before it (`{%ext id|`).
      if (!inComment && q > d0 && !blanks) return null;
      return { end: q + 1, delim: src.slice(d0, q) };
    }
    const d0 = q;
    while (isLower(src[q])) q++;
    return src[q] === '|' ? { end: q + 1, delim: src.slice(d0, q) } : null;
  };
  const extAttrIdentEnd = (p: number): number => {
    let q = p;
    for (;;) {
      if (!isLower(src[q]) && !isUpper(src[q])) return -1;
      q = identEnd(q + 1);
      if (src[q] === '.' && (isLower(src[q + 1]) || isUpper(src[q + 1]))) q++;
      else return q;
    }
  };
  const quotedEnd = (p: number, delim: string, start: number, message: string): number => {
    const close = src.indexOf(`|${delim}}`, p);
    if (close < 0) fail(message, start, start + 2);
    return close + delim.length + 2;
  };
  /** Skips a string body from `p` (just after `"`); returns the offset after the closing quote. */
  const stringEnd = (p: number, start: number, inComment: boolean): number => {
    let q = p;
    for (;;) {
      const c = src[q];
      if (c === undefined) return fail(inComment ? 'This comment contains an unterminated string literal.' : 'String literal not terminated.', start, start + 1);
      if (c === '"') return q + 1;
      if (c !== '\\') {
        q++;
        continue;
      }
      const nl = newlineAt(q + 1);
      if (nl) {
        q += 1 + nl;
        while (src[q] === ' ' || src[q] === '\t') q++;
        continue;
      }
      const e = src[q + 1];
      if (isDigit(e) && isDigit(src[q + 2]) && isDigit(src[q + 3])) {
        if (!inComment && Number(src.slice(q + 1, q + 4)) > 255) fail(`Illegal backslash escape \`\\${src.slice(q + 1, q + 4)}\`: outside the range 0-255.`, q, q + 4);
        q += 4;
      } else if (e === 'o' && /^[0-7]{3}$/.test(src.slice(q + 2, q + 5))) {
        if (!inComment && parseInt(src.slice(q + 2, q + 5), 8) > 255) fail(`Illegal backslash escape \`\\${src.slice(q + 1, q + 5)}\`: outside the range 0-255.`, q, q + 5);
        q += 5;
      } else if (e === 'u' && src[q + 2] === '{' && isHex(src[q + 3])) {
        let r = q + 3;
        while (isHex(src[r])) r++;
        if (src[r] !== '}') {
          q += 2;
          continue;
        }
        const digits = src.slice(q + 3, r);
        const cp = digits.length > 6 ? -1 : parseInt(digits, 16);
        if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) fail(`Illegal backslash escape \`\\u{${digits}}\`: not a Unicode scalar value of 1 to 6 hexadecimal digits.`, q, r + 1);
        q = r + 1;
      } else if (e === undefined) {
        q++;
      } else q += 2;
    }
  };
  /** Length of a character literal at `p` (a `'`), or 0 when there is none; errors as OCaml does. */
  const charLength = (p: number, inComment: boolean): number => {
    const c1 = src[p + 1];
    const nl = newlineAt(p + 1);
    if (nl && src[p + 1 + nl] === "'") return nl + 2;
    if (c1 !== undefined && c1 !== '\\' && c1 !== "'" && c1 !== '\n' && c1 !== '\r' && c1.charCodeAt(0) < 128 && src[p + 2] === "'") return 3;
    if (c1 === '\\') {
      const e = src[p + 2];
      if (e !== undefined && '\\\'"ntbr '.includes(e) && src[p + 3] === "'") return 4;
      if (isDigit(e) && isDigit(src[p + 3]) && isDigit(src[p + 4]) && src[p + 5] === "'") {
        if (!inComment && Number(src.slice(p + 2, p + 5)) > 255) fail(`Illegal backslash escape in a character: \`\\${src.slice(p + 2, p + 5)}\` is outside 0-255.`, p, p + 6);
        return 6;
      }
      const oct = inComment ? /^o[0-3][0-7]{2}'/ : /^o[0-7]{3}'/;
      if (e === 'o' && oct.test(src.slice(p + 2, p + 7))) {
        if (parseInt(src.slice(p + 3, p + 6), 8) > 255) fail(`Illegal backslash escape in a character: \`\\${src.slice(p + 2, p + 6)}\` is outside 0-255.`, p, p + 7);
        return 7;
      }
      if (e === 'x' && isHex(src[p + 3]) && isHex(src[p + 4]) && src[p + 5] === "'") return 6;
      if (inComment) return 0;
      if (e === undefined) return 0;
      return fail(`Illegal backslash escape in a character literal: \`\\${e}\`.`, p, p + 3);
    }
    if (c1 === "'") return inComment ? 2 : fail("Empty character literal `''`.", p, p + 2);
    return 0;
  };
  /** End of a comment whose `(*` is at `start` (body from `p`); an unterminated one is reported at its innermost `(*`, as OCaml does. */
  const commentEnd = (p: number, start: number): number => {
    const opens = [start];
    let q = p;
    for (;;) {
      const c = src[q];
      if (c === undefined) return fail('Comment not terminated.', opens[opens.length - 1]!, opens[opens.length - 1]! + 2);
      if (c === '(' && src[q + 1] === '*') {
        opens.push(q);
        q += 2;
      } else if (c === '*' && src[q + 1] === ')') {
        q += 2;
        opens.pop();
        if (opens.length === 0) return q;
      } else if (c === '"') q = stringEnd(q + 1, opens[opens.length - 1]!, true);
      else if (c === '{' && quotedOpen(q, true)) {
        const o = quotedOpen(q, true)!;
        q = quotedEnd(o.end, o.delim, opens[opens.length - 1]!, 'This comment contains an unterminated string literal.');
      } else if (c === "'") q += charLength(q, true) || 1;
      else if (isLower(c) || isUpper(c)) q = identEnd(q + 1);
      else q++;
    }
  };
  /** End of a numeric literal at `p` with OCaml's literal rules (modifier `g`–`z` allowed, other letters refused). */
  const numberEnd = (p: number): number => {
    const rest = src.slice(p, p + 400);
    const m =
      /^0[xX][0-9A-Fa-f][0-9A-Fa-f_]*(?:\.[0-9A-Fa-f_]*)?(?:[pP][+-]?[0-9][0-9_]*)?/.exec(rest) ??
      /^0[oO][0-7][0-7_]*/.exec(rest) ??
      /^0[bB][01][01_]*/.exec(rest) ??
      /^[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9][0-9_]*)?/.exec(rest)!;
    let q = p + m[0].length;
    if (q - p >= 399) {
      while (isIdentChar(src[q]) || src[q] === '.') q++;
      return fail('Numeric literal too long.', p, q);
    }
    const extra = identEnd(q) - q;
    if (extra === 0) return q;
    if (extra === 1 && /[G-Zg-z]/.test(src[q]!)) return q + 1;
    return fail(`Invalid literal \`${src.slice(p, q + extra)}\`.`, p, q + extra);
  };
  /** End of a run of operator characters from `p` (`chars` may follow the first one). */
  const runEnd = (p: number, extraHash = false): number => {
    let q = p + 1;
    while (src[q] !== undefined && (SYMBOL.has(src[q]!) || (extraHash && src[q] === '#'))) q++;
    return q;
  };
  const bol = (p: number) => p === 0 || src[p - 1] === '\n';
  return { fail, newlineAt, identEnd, quotedOpen, quotedEnd, stringEnd, charLength, commentEnd, numberEnd, runEnd, bol };
}
