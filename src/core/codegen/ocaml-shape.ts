/** What a piece of raw OCaml (an `ocaml_code` node) is: an expression or top-level structure items (pure). */
import { OCAML_KEYWORDS } from './ocaml-literals';

/** Keywords that can only start a structure item (never an expression). */
const ITEM_KEYWORDS = new Set(['type', 'module', 'open', 'exception', 'include', 'class', 'external']);
const OPENERS: Record<string, string> = { begin: 'end', struct: 'end', sig: 'end', object: 'end', do: 'done' };
const CLOSERS = new Set(['end', 'done']);

/** Words of OCaml text (identifiers and keywords) outside strings, comments and character literals, with their bracket depth. */
interface Word {
  text: string;
  depth: number;
  /** Offset just after the word. */
  end: number;
  /** The word starts a line (column 0). */
  col0: boolean;
}

/** Words of the text, or null when a keyword block (`struct … end`, `do … done`) is not closed or closed twice. */
function words(src: string): Word[] | null {
  const out: Word[] = [];
  const blocks: string[] = [];
  let parens = 0;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (src.startsWith('(*', i)) {
      let d = 0;
      while (i < n) {
        if (src.startsWith('(*', i)) {
          d++;
          i += 2;
        } else if (src.startsWith('*)', i)) {
          i += 2;
          if (--d === 0) break;
        } else if (src[i] === '"') i = skipString(src, i);
        else i++;
      }
    } else if (c === '"') i = skipString(src, i);
    else if (c === '{' && /^\{[a-z_]*\|/.test(src.slice(i, i + 40))) {
      const tag = /^\{([a-z_]*)\|/.exec(src.slice(i))![1]!;
      const end = src.indexOf(`|${tag}}`, i + tag.length + 2);
      i = end < 0 ? n : end + tag.length + 2;
    } else if (c === "'" && /^'(\\(?:[\\'"ntbr ]|\d{3}|x[0-9a-fA-F]{2}|o[0-7]{3})|[^\\'\n])'/.test(src.slice(i, i + 6))) {
      i = src.indexOf("'", i + 2) + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const w = /^[A-Za-z_][A-Za-z0-9_']*/.exec(src.slice(i, i + 200))![0];
      const depth = parens + blocks.length;
      if (OPENERS[w]) blocks.push(OPENERS[w]);
      else if (CLOSERS.has(w) && blocks.pop() !== w) return null;
      out.push({ text: w, depth: OPENERS[w] ? depth : parens + blocks.length, end: i + w.length, col0: i === 0 || src[i - 1] === '\n' });
      i += w.length;
    } else {
      if (c === '(' || c === '[' || c === '{') parens++;
      else if (c === ')' || c === ']' || c === '}') parens--;
      i++;
    }
  }
  return blocks.length ? null : out;
}

function skipString(src: string, i: number): number {
  i++;
  while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
  return i + 1;
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
  /** Keyword blocks that are not closed, or a `let … in` without a body: printing it would swallow what follows. */
  | { kind: 'broken' };

const LEAD = /^\s*(?:\(\*[\s\S]*?\*\)\s*)*/;

/** Tells an expression from top-level items (`type …`, `module …`, `let f x = …` without `in`). */
export function codeShape(code: string): CodeShape {
  const ws = words(code);
  if (!ws) return { kind: 'broken' };
  const start = code.replace(LEAD, '');
  const first = ws[0];
  if (start.startsWith('[@@@')) return { kind: 'items', keyword: 'attribute', first: null, rec: false, defines: topLets(ws, code) };
  if (!first || first.depth !== 0 || !/^[A-Za-z_]/.test(start)) return { kind: 'expr' };
  if (ITEM_KEYWORDS.has(first.text)) return { kind: 'items', keyword: first.text, first: null, rec: false, defines: topLets(ws, code) };
  if (first.text !== 'let') return { kind: 'expr' };
  // A leading `let` is an expression when an `in` at depth 0 closes it (`let x = 1 in x`).
  let open = 0;
  for (const w of ws) {
    if (w.depth !== 0) continue;
    if (w.text === 'let') open++;
    else if (w.text === 'in' && --open === 0) return /\S/.test(code.slice(w.end).replace(/\(\*[\s\S]*?\*\)/g, '')) ? { kind: 'expr' } : { kind: 'broken' };
  }
  const rec = ws[1]?.text === 'rec';
  const name = ws[rec ? 2 : 1];
  const plain = name && name.depth === 0 && isName(name.text) && new RegExp(`^let\\s+(?:rec\\s+)?${name.text}(?![A-Za-z0-9_'])`).test(start);
  return { kind: 'items', keyword: 'let', first: plain ? name.text : null, rec, defines: topLets(ws, code) };
}

const isName = (w: string) => /^[a-z_]/.test(w) && w !== '_' && !OCAML_KEYWORDS.has(w);

/** Names bound by the `let [rec] name` definitions that start a line, outside brackets. */
function topLets(ws: readonly Word[], src: string): string[] {
  const out: string[] = [];
  ws.forEach((w, k) => {
    if (w.text !== 'let' || w.depth !== 0 || (!w.col0 && k !== 0)) return;
    const r = ws[k + 1]?.text === 'rec' && /^\s+$/.test(src.slice(w.end, ws[k + 1]!.end - 3)) ? ws[k + 1]! : w;
    const n = ws[r === w ? k + 1 : k + 2];
    if (n && isName(n.text) && /^\s+$/.test(src.slice(r.end, n.end - n.text.length))) out.push(n.text);
  });
  return out;
}
