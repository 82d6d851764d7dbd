import { type Diagnostic, diag } from '../diagnostics';
import { LIMITS, showBytes } from '../limits';
import type { CstNode } from './parser';
import { loc } from './state';

/**
 * Largest config.ml the importer reads, in characters (real ones are a few kilobytes; UTF-8 takes at least
 * one byte a character, so a file within the byte limit is within this one): the shared limit.
 */
export const MAX_SOURCE_BYTES = LIMITS.configMlBytes;

// Control characters (other than tab/newline/carriage return/form feed) and U+FFFD mean the bytes were not text.
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

/** Refuses input that is too large or not text; null when the source may be parsed. */
export function precheck(source: string): Diagnostic | null {
  if (source.length > MAX_SOURCE_BYTES) {
    return diag('MC022', 'error', `config.ml is too large (${showBytes(source.length)}); the limit is ${showBytes(LIMITS.configMlBytes)}.`, { line: 1, column: 1 });
  }
  const sample = source.slice(0, 65536);
  const bad = sample.match(BINARY)?.length ?? 0;
  if (sample.includes('\u0000') || bad > Math.max(8, sample.length / 100)) {
    const at = sample.search(BINARY);
    const before = sample.slice(0, Math.max(at, 0));
    const line = before.split('\n').length;
    return diag('MC022', 'error', 'This is binary data, not an OCaml config.ml.', { line, column: at - before.lastIndexOf('\n') });
  }
  return null;
}

const describeToken = (n: CstNode) => {
  const t = n.text.trim();
  if (!t) return 'the end of the file';
  const first = t.split(/\s+/)[0]!;
  return `\`${first.length > 30 ? `${first.slice(0, 30)}…` : first}\``;
};

/** Syntax errors from tree-sitter ERROR/MISSING nodes and unterminated comments (iterative walk, at most `limit`). */
export function syntaxErrors(root: CstNode, limit = 20): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!root.hasError && !hasOpenComment(root)) return out;
  const stack: CstNode[] = [root];
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    const where = loc(n);
    if (n.isMissing) {
      const str = n.parent?.type === 'string' ? n.parent : null;
      if (str) {
        out.push(diag('MC022', 'error', 'Syntax error: this string is never closed (missing `"`).', loc(str)));
      } else {
        const what = n.isNamed ? `a ${n.type.replace(/_/g, ' ').replace(/^value name$/, 'value')}` : `\`${n.type}\``;
        out.push(diag('MC022', 'error', `Syntax error: missing ${what} here.`, where));
      }
      continue;
    }
    if (n.type === 'comment' && !n.text.endsWith('*)')) {
      out.push(diag('MC022', 'error', 'Syntax error: comment `(*` is never closed with `*)`.', where));
      continue;
    }
    if (n.isError) {
      const quoted = /\{([a-z_]*)\|/.exec(n.text);
      if (quoted && !n.text.includes(`|${quoted[1]}}`, quoted.index)) {
        const before = n.text.slice(0, quoted.index);
        const line = where.line + (before.match(/\n/g)?.length ?? 0);
        const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : where.column + before.length;
        out.push(diag('MC022', 'error', `Syntax error: quoted string \`${quoted[0]}\` is never closed with \`|${quoted[1]}}\`.`, { line, column }));
      } else {
        out.push(diag('MC022', 'error', `Syntax error: unexpected ${describeToken(n)}; expected an OCaml definition or expression.`, where));
      }
      continue;
    }
    if (!n.hasError && n.type !== 'compilation_unit' && n.type !== 'comment' && !hasOpenComment(n)) continue;
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c) stack.push(c);
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A comment at the end of the file without its closing `*)`. */
function hasOpenComment(n: CstNode): boolean {
  for (let last = n.lastChild; last; last = last.lastChild) {
    if (last.type === 'comment') return !last.text.endsWith('*)');
  }
  return false;
}
