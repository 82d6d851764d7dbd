/** Raw OCaml that can be printed as written: it lexes, and its brackets and keyword blocks nest (pure). */
import { type Token, lexOcaml, positionOf } from './lexer';

export interface CodeProblem {
  message: string;
  /** Offsets in the code, `end` exclusive. */
  start: number;
  end: number;
  /** 1-based line and column of `start` within the code. */
  line: number;
  column: number;
}

/** Tokens are shared between callers (results are cached): never mutate them. */
export type RawCheck = { ok: true; tokens: readonly Token[] } | { ok: false; problem: CodeProblem; tokens: readonly Token[] };

/** What closes each opener; keyword blocks (`begin … end`, `do … done`, …) count as brackets. */
const CLOSER = new Map<string, readonly string[]>([
  ['(', [')']],
  ['[', [']']],
  ['[<', [']']],
  ['[>', [']']],
  ['[@', [']']],
  ['[@@', [']']],
  ['[@@@', [']']],
  ['[%', [']']],
  ['[%%', [']']],
  ['[|', ['|]']],
  ['{', ['}']],
  ['{<', ['>}']],
  ['begin', ['end']],
  ['struct', ['end']],
  ['sig', ['end']],
  ['object', ['end']],
  ['do', ['done']],
]);
const BLOCK_CLOSERS = new Set(['end', 'done']);

/** True when the token opens a bracket or keyword block. */
export const isOpener = (t: Token): boolean => t.kind === 'open' || (t.kind === 'keyword' && CLOSER.has(t.text));
/** True when the token closes a bracket or keyword block. */
export const isCloser = (t: Token): boolean => t.kind === 'close' || (t.kind === 'keyword' && BLOCK_CLOSERS.has(t.text));

/**
 * Checks raw OCaml: it must lex (OCaml's lexical rules, see `lexer.ts`) and every bracket and keyword
 * block must be closed by its own closer, in order, so the text printed inside `( … )` or as
 * top-level items can neither swallow nor break the rest of the file. Reports the first problem with its place.
 */
export function checkRawOcaml(src: string): RawCheck {
  const hit = cache.get(src);
  if (hit) return hit;
  const r = check(src);
  // The same code is checked by validation, shape, naming and printing: remember the last few thousand.
  if (cache.size >= 4096) cache.clear();
  cache.set(src, r);
  return r;
}

const cache = new Map<string, RawCheck>();

function check(src: string): RawCheck {
  const lexed = lexOcaml(src);
  const at = (message: string, start: number, end: number): RawCheck => ({
    ok: false,
    problem: { message, start, end, ...positionOf(src, start) },
    tokens: lexed.tokens,
  });
  if (lexed.error) return at(lexed.error.message, lexed.error.start, lexed.error.end);
  const stack: Token[] = [];
  const where = (t: Token) => {
    const p = positionOf(src, t.start);
    return `line ${p.line}, column ${p.column}`;
  };
  for (const t of lexed.tokens) {
    if (isOpener(t)) stack.push(t);
    else if (isCloser(t)) {
      const open = stack.pop();
      if (!open) return at(`\`${t.text}\` at ${where(t)} closes nothing.`, t.start, t.end);
      if (!CLOSER.get(open.text)!.includes(t.text)) {
        return at(`\`${t.text}\` at ${where(t)} does not close the \`${open.text}\` opened at ${where(open)} (that needs \`${CLOSER.get(open.text)![0]}\`).`, t.start, t.end);
      }
    }
  }
  const open = stack.pop();
  if (open) return at(`\`${open.text}\` opened at ${where(open)} is never closed (it needs \`${CLOSER.get(open.text)![0]}\`).`, open.start, open.end);
  return { ok: true, tokens: lexed.tokens };
}
