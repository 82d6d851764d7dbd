/**
 * OCaml's lexical rules (parsing/lexer.mll of OCaml 4.13 … 5.2, which agree on everything below) for
 * raw OCaml text kept in a design: where comments, strings, quoted strings and character literals end,
 * identifiers, keywords, labels and brackets. Pure, iterative (no recursion), linear in the text.
 *
 * It refuses, as OCaml does: unterminated comments and strings, illegal escapes in character literals,
 * `''`, out-of-range `\ddd`/`\o` escapes and `\u{…}` escapes, invalid numeric literals (`1a`), keywords as
 * labels (`~let:`), `.~`, and illegal characters. It also refuses, more strictly than OCaml, what one
 * compiler accepts and another does not or what would change meaning once the code is re-indented:
 * non-ASCII characters outside strings and comments (Latin-1 identifiers), `\#` raw identifiers (5.2 only)
 * and `# <line> "file"` directives.
 */
import { OCAML_KEYWORDS } from './keywords';

export type TokenKind =
  | 'lident'
  | 'uident'
  | 'keyword'
  /** `~name:` */
  | 'label'
  /** `?name:` */
  | 'optlabel'
  /** `let*`, `and+`, … */
  | 'letop'
  | 'number'
  | 'string'
  | 'char'
  | 'comment'
  /** `(`, `[`, `[|`, `[<`, `[>`, `[@`, `[@@`, `[@@@`, `[%`, `[%%`, `{`, `{<` */
  | 'open'
  /** `)`, `]`, `|]`, `>]`, `}`, `>}` */
  | 'close'
  /** `'` before a type variable */
  | 'quote'
  /** operators and other punctuation (`_`, `,`, `;`, `.`, `->`, `|`, …) */
  | 'op';

export interface Token {
  kind: TokenKind;
  /** The token text (for strings, chars and comments: empty; use `start`/`end`). */
  text: string;
  /** Offsets in the source (UTF-16 code units), `end` exclusive. */
  start: number;
  end: number;
}

export interface LexError {
  message: string;
  start: number;
  end: number;
  /** Refused here although some OCaml compiler accepts it (non-ASCII outside strings, `\#`, line directives). */
  stricter?: true;
}

export interface Lexed {
  tokens: Token[];
  /** The first lexical error; tokens before it are returned. */
  error: LexError | null;
}

const SYMBOL = new Set('!$%&*+-./:<=>?@^|~');
const DOT_SYMBOL = new Set('!$%&*+-/:=>?@^|');
const KWDOP = new Set('$&*+-/<=>@^|');
const INFIX_START = new Set('=<>|&$@^+-*/%');
const isLower = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || c === '_');
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
const isIdentChar = (c: string | undefined) => isLower(c) || isUpper(c) || isDigit(c) || c === "'";
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f';

class Fail extends Error {
  constructor(readonly at: LexError) {
    super(at.message);
  }
}

/** Lexes OCaml text into tokens (comments included), stopping at the first lexical error. */
export function lexOcaml(src: string): Lexed {
  const tokens: Token[] = [];
  const n = src.length;
  let i = 0;
  const fail = (message: string, start: number, end = start + 1, stricter = false): never => {
    throw new Fail({ message, start, end: Math.min(end, n), ...(stricter ? { stricter: true as const } : {}) });
  };
  const push = (kind: TokenKind, start: number, end: number, keepText = true) => {
    tokens.push({ kind, text: keepText ? src.slice(start, end) : '', start, end });
    i = end;
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

  try {
    while (i < n) {
      const c = src[i]!;
      const start = i;
      if (c === '\n' || isBlank(c)) {
        i++;
        continue;
      }
      if (c === '\r') {
        const nl = newlineAt(i);
        if (!nl) fail('Illegal character: a carriage return that does not end a line.', i);
        i += nl;
        continue;
      }
      if (isLower(c)) {
        const e = identEnd(i + 1);
        const word = src.slice(i, e);
        if ((word === 'let' || word === 'and') && KWDOP.has(src[e] ?? '')) {
          let q = e + 1;
          while (DOT_SYMBOL.has(src[q] ?? '')) q++;
          push('letop', i, q);
        } else if (word === '_') push('op', i, e);
        else push(OCAML_KEYWORDS.has(word) ? 'keyword' : 'lident', i, e);
      } else if (isUpper(c)) push('uident', i, identEnd(i + 1));
      else if (isDigit(c)) push('number', i, numberEnd(i));
      else if (c === '"') push('string', i, stringEnd(i + 1, i, false), false);
      else if (c === "'") {
        const len = charLength(i, false);
        if (len) push('char', i, i + len, false);
        else push('quote', i, i + 1);
      } else if (c === '(') {
        if (src[i + 1] === '*') push('comment', i, commentEnd(i + 2, i), false);
        else push('open', i, i + 1);
      } else if (c === ')' || c === ']' || c === '}') push('close', i, i + 1);
      else if (c === '[') {
        const m = /^\[(?:@@@|@@|@|%%|%|\||<|>)?/.exec(src.slice(i, i + 4))!;
        push('open', i, i + m[0].length);
      } else if (c === '{') {
        const o = quotedOpen(i, false);
        if (o) push('string', i, quotedEnd(o.end, o.delim, i, 'String literal not terminated.'), false);
        else push('open', i, src[i + 1] === '<' ? i + 2 : i + 1);
      } else if ((c === '|' || c === '>') && src[i + 1] === ']') push('close', i, i + 2);
      else if (c === '>' && src[i + 1] === '}') push('close', i, i + 2);
      else if (c === '*' && src[i + 1] === ')') push('op', i, i + 1);
      else if (INFIX_START.has(c)) push('op', i, runEnd(i));
      else if (c === '~' || c === '?') {
        if (isLower(src[i + 1])) {
          const e = identEnd(i + 2);
          if (src[e] === ':') {
            const name = src.slice(i + 1, e);
            if (OCAML_KEYWORDS.has(name)) fail(`\`${name}\` is a keyword; it cannot be used as a label name.`, i, e + 1);
            push(c === '~' ? 'label' : 'optlabel', i, e + 1);
            continue;
          }
        }
        push('op', i, runEnd(i, true));
      } else if (c === '!') push('op', i, runEnd(i, true));
      else if (c === '.') {
        if (src[i + 1] === '~') fail('`.~` is reserved for MetaOCaml.', i, i + 2);
        if (src[i + 1] === '.') push('op', i, i + 2);
        else if (DOT_SYMBOL.has(src[i + 1] ?? '')) push('op', i, runEnd(i + 1));
        else push('op', i, i + 1);
      } else if (c === ':') push('op', i, /[:=>]/.test(src[i + 1] ?? '') ? i + 2 : i + 1);
      else if (c === ';') push('op', i, src[i + 1] === ';' ? i + 2 : i + 1);
      else if (c === ',' || c === '`') push('op', i, i + 1);
      else if (c === '#') {
        if (bol(i) && /^#[ \t]*[0-9]/.test(src.slice(i, i + 40))) fail('Line-number directives (`# 1 "file"`) are not allowed in kept OCaml code.', i, i + 1, true);
        let q = i + 1;
        while (src[q] !== undefined && (SYMBOL.has(src[q]!) || src[q] === '#')) q++;
        push('op', i, q);
      } else if (c === '\\') fail('Illegal character `\\` outside a string.', i, i + 1, src[i + 1] === '#');
      else if (c.charCodeAt(0) >= 128) fail('Non-ASCII character outside a string or comment.', i, i + 1, true);
      else fail(`Illegal character (code ${c.charCodeAt(0)}).`, start);
    }
    return { tokens, error: null };
  } catch (e) {
    if (e instanceof Fail) return { tokens, error: e.at };
    throw e;
  }
}

/** 1-based line and column (in characters) of an offset. */
export function positionOf(src: string, offset: number): { line: number; column: number } {
  let line = 1;
  let bolAt = 0;
  for (let k = src.indexOf('\n'); k >= 0 && k < offset; k = src.indexOf('\n', k + 1)) {
    line++;
    bolAt = k + 1;
  }
  return { line, column: offset - bolAt + 1 };
}
