/** One replacement turning `before` into `after`: the characters [start, end) of `before` become `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const isLow = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/**
 * The smallest single replacement from `before` to `after` (common prefix and suffix kept, never splitting a
 * surrogate pair); null when they are equal. A regenerated file differs from the shown one in a few lines, and
 * the editor then re-reads (re-tokenizes) only those instead of the whole text.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && p < max && (isLow(before, p) || isLow(after, p))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && (isLow(before, before.length - s) || isLow(after, after.length - s))) s--;
  return { start: p, end: before.length - s, text: after.slice(p, after.length - s) };
}
