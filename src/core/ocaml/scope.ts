/** Which names a piece of OCaml uses and binds, read from its tokens (pure; an over-approximation of binders). */
import { isCloser, isOpener } from './balance';
import type { Token } from './lexer';

/** Tokens without comments. */
const code = (tokens: readonly Token[]) => tokens.filter((t) => t.kind !== 'comment');
const adjacent = (a: Token | undefined, b: Token) => a !== undefined && a.end === b.start;

/**
 * Unqualified value names the code refers to: lowercase identifiers that are not a module member
 * (`M.x`), a field after a dot (`r.x`), a polymorphic variant (`` `a ``) or a label name (`~x:`).
 * Punned labels (`~port`) count: they use the value `port`.
 */
export function usedValueNames(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const ts = code(tokens);
  ts.forEach((t, k) => {
    if (t.kind !== 'lident') return;
    const before = ts[k - 1];
    if (before && before.kind === 'op' && (before.text === '.' || before.text === '`') && adjacent(before, t)) return;
    out.add(t.text);
  });
  return out;
}

const BINDERS = new Set(['let', 'and', 'fun', 'function', 'with', 'for', 'method', 'val', 'external', 'object', 'class', 'as']);

/**
 * Names the code may bind: every lowercase identifier between a binding keyword (`let`, `and`, `fun`,
 * `function`, `match … with`, `|`, `for`, `method`, `val`, `external`, `as`, `let*`) and the `=`, `->`,
 * `in` or `:` that ends its pattern at the same depth. Over-approximates (a name it lists may be a
 * use), never misses a binder of those forms.
 */
export function boundNames(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const ts = code(tokens);
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    const binder = (t.kind === 'keyword' && BINDERS.has(t.text)) || t.kind === 'letop' || (t.kind === 'op' && t.text === '|');
    if (!binder) continue;
    let depth = 0;
    for (let j = k + 1; j < ts.length; j++) {
      const u = ts[j]!;
      if (isOpener(u)) depth++;
      else if (isCloser(u) && --depth < 0) break;
      if (depth === 0 && ((u.kind === 'op' && (u.text === '=' || u.text === '->' || u.text === ':')) || (u.kind === 'keyword' && (u.text === 'in' || u.text === 'do')))) break;
      if (u.kind === 'lident') out.add(u.text);
    }
  }
  return out;
}

/** Qualified value references `A.B.x` (module path and member name), with the path's first token. */
export interface QualifiedRef {
  path: string[];
  name: string;
  start: number;
}

/** Every `Module.path.value` the code refers to (`Key.is_solo5`, `Mirage.Runtime_arg.create`). */
export function qualifiedRefs(tokens: readonly Token[]): QualifiedRef[] {
  const out: QualifiedRef[] = [];
  const ts = code(tokens);
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (t.kind !== 'uident' || (ts[k - 1]?.text === '.' && adjacent(ts[k - 1], t))) continue;
    const path = [t.text];
    let j = k + 1;
    while (ts[j]?.text === '.' && ts[j + 1]?.kind === 'uident' && adjacent(ts[j - 1], ts[j]!) && adjacent(ts[j], ts[j + 1]!)) {
      path.push(ts[j + 1]!.text);
      j += 2;
    }
    if (ts[j]?.text === '.' && ts[j + 1]?.kind === 'lident' && adjacent(ts[j - 1], ts[j]!) && adjacent(ts[j], ts[j + 1]!)) out.push({ path, name: ts[j + 1]!.text, start: t.start });
  }
  return out;
}

/** True when the code opens a module other than `Mirage` (`open M`, `include M`, `let open M in`, `M.( … )`), so unqualified names may come from it. */
export function opensModules(tokens: readonly Token[]): boolean {
  const ts = code(tokens);
  return ts.some((t, k) => {
    if (t.kind === 'keyword' && (t.text === 'open' || t.text === 'include')) {
      const m = ts[k + 1]?.text === '!' ? ts[k + 2] : ts[k + 1];
      return !(m?.kind === 'uident' && m.text === 'Mirage' && ts[k + (ts[k + 1]?.text === '!' ? 3 : 2)]?.text !== '.');
    }
    return t.kind === 'uident' && ts[k + 1]?.text === '.' && ts[k + 2]?.kind === 'open' && t.text !== 'Mirage';
  });
}
