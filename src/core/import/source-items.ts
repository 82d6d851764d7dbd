import type { SourceItem, SourceRef, Span } from '../design/source';
import type { CstNode } from './parser';

const span = (n: CstNode): Span => [n.startIndex, n.endIndex];
const PATTERN_NAMES = new Set(['value_name', 'value_pattern']);

/** The top-level items of a file (comments and the version header left out), in order. */
export function topLevelItems(root: CstNode): CstNode[] {
  return root.namedChildren.filter((c): c is CstNode => !!c && c.type !== 'comment');
}

/** The version header comment `(* mirage … *)` when it is the file's first comment, before any item. */
export function headerComment(root: CstNode): CstNode | null {
  const first = root.namedChildren[0];
  return first && first.type === 'comment' && /^\(\*\s*mirage\b/.test(first.text) ? first : null;
}

/** Names a top-level `let` binds (`let a = …`, `let a, b = …`, `let a = … and b = …`) with their places. */
export function bindsOf(item: CstNode): [string, Span][] {
  const out: [string, Span][] = [];
  if (item.type !== 'value_definition') return out;
  for (const b of item.namedChildren) {
    if (b?.type !== 'let_binding') continue;
    const pat = b.childForFieldName('pattern');
    const stack = pat ? [pat] : [];
    while (stack.length) {
      const n = stack.shift()!;
      if (PATTERN_NAMES.has(n.type)) out.push([n.text, span(n)]);
      else stack.unshift(...n.namedChildren.filter((c): c is CstNode => !!c));
    }
  }
  return out;
}

/** Every name a pattern inside the item binds (let … in, parameters, match cases), besides its top-level names. */
function localsOf(item: CstNode, top: Set<number>): Set<string> {
  const out = new Set<string>();
  const stack: CstNode[] = [item];
  while (stack.length) {
    const n = stack.pop()!;
    if (PATTERN_NAMES.has(n.type) && !top.has(n.startIndex) && n.parent?.type !== 'value_path') out.add(n.text);
    // `~port` as a parameter binds `port` (its label), also when written without a pattern.
    if (n.type === 'parameter' && !n.childForFieldName('pattern')) {
      const label = n.namedChildren.find((c) => c?.type === 'label_name');
      if (label) out.add(label.text);
    }
    for (const c of n.namedChildren) if (c) stack.push(c);
  }
  return out;
}

/**
 * The items of config.ml as the source map keeps them: spans, attached comments, bound names, local names
 * and every use of an earlier item's name (free names only: a name bound inside the item is taken as local).
 */
export function scanItems(root: CstNode, text: string): SourceItem[] {
  const items = topLevelItems(root);
  const header = headerComment(root);
  const chunks = attachedChunks(root, items, text, header);
  const lastBinder = new Map<string, number>();
  return items.map((item, index) => {
    const binds = bindsOf(item);
    const rec = item.children.some((c) => c?.type === 'rec');
    const top = new Set(binds.map(([, s]) => s[0]));
    const locals = localsOf(item, top);
    if (rec) for (const [n] of binds) locals.add(n);
    const refs: SourceRef[] = [];
    const stack: CstNode[] = [item];
    while (stack.length) {
      const n = stack.pop()!;
      const punned = (n.type === 'labeled_argument' && !n.childForFieldName('expression')) ? n.namedChildren.find((c) => c?.type === 'label_name')?.text : undefined;
      const name = punned ?? (n.type === 'value_path' && n.namedChildCount === 1 && n.namedChildren[0]?.type === 'value_name' ? n.text : undefined);
      if (name !== undefined) {
        const target = locals.has(name) ? undefined : lastBinder.get(name);
        if (target !== undefined) refs.push([name, target, span(n), punned !== undefined ? 'pun' : 'name']);
        continue;
      }
      for (const c of n.namedChildren) if (c) stack.push(c);
    }
    refs.sort((a, b) => a[2][0] - b[2][0]);
    for (const [n] of binds) lastBinder.set(n, index);
    const kind: SourceItem['kind'] =
      item.type === 'open_module' && item.childForFieldName('module')?.text === 'Mirage' ? 'open_mirage' : item.type === 'value_definition' ? 'let' : 'other';
    return { span: span(item), chunk: chunks[index]!, kind, binds, locals: [...locals], refs };
  });
}

/**
 * Each item with its comments: those just above it (no blank line between, not the version header, not
 * ending the line of the previous item) and one starting on its last line after it.
 */
function attachedChunks(root: CstNode, items: CstNode[], text: string, header: CstNode | null): Span[] {
  const all = root.namedChildren.filter((c): c is CstNode => !!c);
  const out: Span[] = [];
  let k = 0;
  for (const item of items) {
    while (all[k] !== item) k++;
    let start = item.startIndex;
    for (let j = k - 1; j >= 0 && all[j]!.type === 'comment' && all[j] !== header; j--) {
      const c = all[j]!;
      const between = text.slice(c.endIndex, start);
      if (!/^[ \t]*\r?\n?[ \t]*$/.test(between)) break;
      // A comment on the same line as the item before it belongs to that item.
      const before = j > 0 ? all[j - 1]! : null;
      if (before && before.type !== 'comment' && !/\n/.test(text.slice(before.endIndex, c.startIndex))) break;
      start = c.startIndex;
    }
    let end = item.endIndex;
    const next = all[k + 1];
    if (next?.type === 'comment' && !/\n/.test(text.slice(item.endIndex, next.startIndex))) end = next.endIndex;
    out.push([start, end]);
  }
  return out;
}
