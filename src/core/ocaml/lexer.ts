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
import { DOT_SYMBOL, Fail, INFIX_START, KWDOP, SYMBOL, isBlank, isDigit, isLower, isUpper, scanners } from './lexer-scan';

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



/** Lexes OCaml text into tokens (comments included), stopping at the first lexical error. */
export function lexOcaml(src: string): Lexed {
  const tokens: Token[] = [];
  const n = src.length;
  let i = 0;
  const { fail, newlineAt, identEnd, quotedOpen, quotedEnd, stringEnd, charLength, commentEnd, numberEnd, runEnd, bol } = scanners(src);
  const push = (kind: TokenKind, start: number, end: number, keepText = true) => {
    tokens.push({ kind, text: keepText ? src.slice(start, end) : '', start, end });
    i = end;
  };

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
