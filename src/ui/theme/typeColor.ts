import type { Ty } from '../../core/types/term';

/** Fixed hues for the common device types, so the usual graph reads the same in every design. */
const KNOWN: Record<string, number> = {
  job: 135,
  network: 210,
  ethernet: 195,
  arpv4: 175,
  ip: 160,
  udp: 45,
  tcp: 25,
  stackv4v6: 265,
  kv_ro: 120,
  kv_rw: 100,
  block: 75,
  http: 330,
  http_server: 330,
  http_client: 310,
  conduit: 290,
  resolver: 235,
  dns_client: 235,
  happy_eyeballs: 250,
  mimic: 345,
  random: 55,
  reporter: 185,
  argv: 15,
  sleep: 200,
  ptime: 200,
  mtime: 200,
};

/** The head constructor of a type (`v4v6 tcp` → `tcp`); null for a variable (unknown yet). */
export function typeHead(t: Ty | null | undefined): string | null {
  if (!t) return null;
  if (t.kind === 'con') return t.name;
  if (t.kind === 'arrow') return typeHead(t.to);
  return null;
}

/** Hue (0–359) of a type head: fixed for known heads, a stable hash for the others; null = unknown. */
export function typeHue(head: string | null): number | null {
  if (head === null) return null;
  const k = Object.hasOwn(KNOWN, head) ? KNOWN[head] : undefined;
  if (k !== undefined) return k;
  let h = 2166136261;
  for (let i = 0; i < head.length; i++) h = Math.imul(h ^ head.charCodeAt(i), 16777619);
  return ((h >>> 0) % 24) * 15;
}

/** The CSS color of a type, consistent app-wide; lightness follows the theme through `--ty-l`. */
export function typeColor(t: Ty | string | null | undefined): string {
  const head = typeof t === 'string' ? t : typeHead(t);
  const hue = typeHue(head);
  return hue === null ? 'var(--ty-unknown)' : `hsl(${hue} var(--ty-s) var(--ty-l))`;
}
