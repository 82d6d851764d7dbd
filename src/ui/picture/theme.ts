/** Colours of a picture, standalone (no CSS variables): the app's light and dark themes. */
export interface PictureTheme {
  name: 'light' | 'dark';
  bg: string;
  node: string;
  border: string;
  fg: string;
  muted: string;
  error: string;
  warning: string;
  info: string;
  frame: string;
  note: string;
  noteFg: string;
  /** Saturation and lightness of type colours (hue comes from the type). */
  s: string;
  l: string;
  /** Lightness of text drawn in a type colour (badges). */
  textL: string;
  unknown: string;
}

export const THEMES: Record<'light' | 'dark', PictureTheme> = {
  light: {
    name: 'light', bg: '#f6f7f9', node: '#ffffff', border: '#d8dce3', fg: '#1d2330', muted: '#5d6677', error: '#c9302c', warning: '#9a6414', info: '#2b6cb0',
    frame: '#6b7a99', note: '#fff3b0', noteFg: '#3d3200', s: '62%', l: '42%', textL: '26%', unknown: '#8b93a3',
  },
  dark: {
    name: 'dark', bg: '#14171d', node: '#222733', border: '#323947', fg: '#e4e8ef', muted: '#9aa3b2', error: '#ff6b66', warning: '#e8b04a', info: '#6aa8ff',
    frame: '#8d9bbb', note: '#4a4320', noteFg: '#fff4c2', s: '70%', l: '64%', textL: '80%', unknown: '#8b93a3',
  },
};

/**
 * A canvas colour (`hsl(H var(--ty-s) var(--ty-l))` or `var(--ty-unknown)`) resolved for `t`; `text` gives
 * the readable text shade of the same hue (pure).
 */
export function resolveColor(c: string, t: PictureTheme, text = false): string {
  const m = /^hsl\((\d+(?:\.\d+)?) var\(--ty-s\) var\(--ty-l\)\)$/.exec(c);
  if (m) return `hsl(${m[1]} ${t.s} ${text ? t.textL : t.l})`;
  if (c === 'var(--ty-unknown)') return t.unknown;
  return c;
}
