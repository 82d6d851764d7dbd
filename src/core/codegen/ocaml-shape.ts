/** What a piece of raw OCaml (an `ocaml_code` node) is: an expression or top-level structure items (pure). */
import { checkRawOcaml, isCloser, isOpener } from '../ocaml/balance';
import type { Token } from '../ocaml/lexer';
import { OCAML_KEYWORDS } from './ocaml-literals';

/** Keywords that can only start a structure item (never an expression). */
const ITEM_KEYWORDS = new Set(['type', 'module', 'open', 'exception', 'include', 'class', 'external']);

/** A token outside comments with its bracket depth (openers and closers at the depth outside them). */
interface Word extends Token {
  depth: number;
  /** The token starts a line (column 0). */
  col0: boolean;
}

function words(src: string, tokens: readonly Token[]): Word[] {
  let depth = 0;
  const out: Word[] = [];
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    if (isCloser(t)) depth--;
    out.push({ ...t, depth, col0: t.start === 0 || src[t.start - 1] === '\n' });
    if (isOpener(t)) depth++;
  }
  return out;
}

/** The shape of raw OCaml code. */
export type CodeShape =
  /** An expression (`let x = 1 in x` included): it can be bound with `let name = …`. */
  | { kind: 'expr' }
  /**
   * Top-level structure items, printed as written: `let` definitions (`first` = the name the leading
   * `let` binds, when plain) or items that bind no value first (`type`, `module`, `open`, …).
   * `defines` = the names bound by the `let`s that start a line.
   */
  | { kind: 'items'; keyword: string; first: string | null; rec: boolean; defines: string[] }
  /**
   * Code that does not lex, brackets or keyword blocks that do not nest, a `let … in` without a body, or an
   * expression with a stray `in` or `;;`: printed after `let name =` it would swallow what follows.
   */
  | { kind: 'broken'; why: string };

const isKw = (w: Word | undefined, text: string) => w !== undefined && w.kind === 'keyword' && w.text === text;
const onlyBlanks = (src: string, from: number, to: number) => /^\s*$/.test(src.slice(from, to));

/**
 * Tells an expression from top-level items (`type …`, `module …`, `let f x = …` without `in`). Memoised by the code
 * (validation and code generation ask for the same code, and again after every edit elsewhere).
 */
export function codeShape(code: string): CodeShape {
  let shape = shapes.get(code);
  if (!shape) {
    if (shapes.size > 20_000) shapes.clear();
    shapes.set(code, (shape = Object.freeze(computeShape(code))));
  }
  return shape;
}

const shapes = new Map<string, CodeShape>();

function computeShape(code: string): CodeShape {
  const checked = checkRawOcaml(code);
  if (!checked.ok) return { kind: 'broken', why: checked.problem.message };
  const ws = words(code, checked.tokens);
  const first = ws[0];
  if (!first) return { kind: 'expr' };
  const expr = (): CodeShape => exprShape(ws) ?? { kind: 'expr' };
  if (first.kind === 'open' && first.text === '[@@@') return { kind: 'items', keyword: 'attribute', first: null, rec: false, defines: topLets(ws, code) };
  if (first.kind === 'keyword' && ITEM_KEYWORDS.has(first.text)) return { kind: 'items', keyword: first.text, first: null, rec: false, defines: topLets(ws, code) };
  if (!isKw(first, 'let')) return expr();
  // A leading `let` is an expression when an `in` at depth 0 closes it (`let x = 1 in x`); `let*` needs its own `in`.
  let open = 0;
  for (const [k, w] of ws.entries()) {
    if (w.depth !== 0) continue;
    if (isKw(w, 'let') || w.kind === 'letop') open++;
    else if (isKw(w, 'in') && --open === 0) return k + 1 < ws.length ? expr() : { kind: 'broken', why: 'a `let … in` has no body' };
  }
  const rec = isKw(ws[1], 'rec') && onlyBlanks(code, first.end, ws[1]!.start);
  const name = ws[rec ? 2 : 1];
  const plain = name !== undefined && name.kind === 'lident' && isName(name.text) && onlyBlanks(code, (rec ? ws[1]! : first).end, name.start);
  return { kind: 'items', keyword: 'let', first: plain ? name.text : null, rec, defines: topLets(ws, code) };
}

/** An expression printed after `let name =` must not close that `let` (a stray `in`) nor end the item (`;;`). */
function exprShape(ws: readonly Word[]): CodeShape | null {
  let open = 0;
  for (const w of ws) {
    if (w.depth !== 0) continue;
    if (isKw(w, 'let') || w.kind === 'letop') open++;
    else if (isKw(w, 'in') && --open < 0) return { kind: 'broken', why: 'an `in` has no `let` before it' };
    else if (w.kind === 'op' && w.text === ';;') return { kind: 'broken', why: '`;;` ends the item in the middle of the expression' };
  }
  return null;
}

const isName = (w: string) => /^[a-z_]/.test(w) && w !== '_' && !OCAML_KEYWORDS.has(w);

/** Names bound by the `let [rec] name` definitions that start a line (or the code), outside brackets. */
function topLets(ws: readonly Word[], src: string): string[] {
  const out: string[] = [];
  ws.forEach((w, k) => {
    if (!isKw(w, 'let') || w.depth !== 0 || (!w.col0 && k !== 0)) return;
    const r = isKw(ws[k + 1], 'rec') && onlyBlanks(src, w.end, ws[k + 1]!.start) ? ws[k + 1]! : w;
    const n = ws[r === w ? k + 1 : k + 2];
    if (n && n.kind === 'lident' && isName(n.text) && onlyBlanks(src, r.end, n.start)) out.push(n.text);
  });
  return out;
}
