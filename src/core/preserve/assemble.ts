import type { Span } from '../design/source';
import type { Plan } from './context';
import type { Unit } from './order';

/** Indices of a longest strictly increasing subsequence (n log n). */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.add(i);
  return out;
}

const trailingSpace = (s: string) => /\s*$/.exec(s)![0];

/**
 * The output text: units in order, the items that stay in order with the text between them as written
 * (comments and blank lines; the gaps around a removed item merge, keeping their comments), units that are
 * added or moved written between them with the surrounding blank-line style. Returns each unit's range too.
 */
export function assemble(p: Plan, order: Unit[]): { text: string; ranges: Map<string, Span> } {
  const items = p.src.items;
  const n = items.length;
  const gap = (i: number): Span => [i < 0 ? 0 : items[i]!.chunk[1], i + 1 < n ? items[i + 1]!.chunk[0] : p.text.length];
  const render = (s: Span) => p.edits.render(s[0], s[1]);
  const styleSep = (() => {
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < n; i++) {
      const g = p.text.slice(...gap(i));
      if (!g.trim() && g.includes('\n')) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? p.eol;
  })();
  /** The text between two anchored items (j before i; -1 = start of file, n = end of file). */
  const between = (j: number, i: number): string => {
    const parts: string[] = [];
    for (let k = j; k < i; k++) parts.push(render(gap(k)));
    if (parts.length === 1) return parts[0]!;
    const withComments = parts.filter((t) => t.trim() !== '');
    if (withComments.length) return withComments.map((t, k) => (k === 0 ? t : t.replace(/^\s*/, ''))).join('');
    if (i === n) return parts[parts.length - 1]!;
    return parts.reduce((a, b) => (b.length > a.length ? b : a));
  };
  const itemsOrder = order.map((u, k) => [u, k] as const).filter(([u]) => u.item !== null);
  const anchoredAt = longestIncreasing(itemsOrder.map(([u]) => u.item!));
  const anchored = new Set(itemsOrder.filter((_, k) => anchoredAt.has(k)).map(([u]) => u));
  let out = '';
  const ranges = new Map<string, Span>();
  const put = (u: Unit) => {
    const start = out.length;
    out += u.text;
    ranges.set(u.key, [start, out.length]);
  };
  let prev = -1;
  let floating: Unit[] = [];
  for (const u of order) {
    if (!anchored.has(u)) {
      floating.push(u);
      continue;
    }
    const sep = between(prev, u.item!);
    out += sep;
    // Added units go right before the item, each followed by the blank-line run that preceded the item.
    const ws = /\n/.test(trailingSpace(sep)) ? trailingSpace(sep) : p.eol;
    for (const f of floating) {
      put(f);
      out += ws;
    }
    floating = [];
    put(u);
    prev = u.item!;
  }
  const tail = between(prev, n);
  if (!floating.length) return { text: out + tail, ranges };
  // Added units after the last kept item: in the file's blank-line style, then the end of the file as it was.
  if (prev < 0) out += tail.replace(/\s*$/, '');
  floating.forEach((f) => {
    if (out.length) out += styleSep;
    put(f);
  });
  out += tail.trim() ? `${styleSep}${tail.replace(/^\s*/, '')}` : /\n/.test(tail) ? tail : p.eol;
  return { text: out, ranges };
}
