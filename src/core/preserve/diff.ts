import { type Span, wireSource } from '../design/source';
import type { Plan } from './context';

/** JSON with object keys sorted (parameter values compare by content, not key order); absent = null. */
export function stableJson(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Fills `deleted` and `changes`: which read devices are gone, and which parameters and ports of the others changed. */
export function diffDesign(p: Plan): void {
  for (const s of p.sinst.values()) {
    const d = p.dinst.get(s.id);
    if (!d || d.device !== s.device) p.deleted.add(s.id);
  }
  for (const d of p.design.devices) {
    const s = p.sinst.get(d.id);
    if (!s || s.device !== d.device) continue;
    const params = new Set<string>();
    const old = new Map(s.params);
    for (const k of new Set([...old.keys(), ...Object.keys(d.params)])) {
      if (stableJson(old.get(k)) !== stableJson(d.params[k])) params.add(k);
    }
    const ports = new Set<string>();
    const was = new Map(s.inputs);
    const now = p.index.incoming(d.id);
    for (const k of new Set([...was.keys(), ...now.keys()])) {
      const a = was.get(k) ?? [];
      const b = (now.get(k) ?? []).map(wireSource);
      if (a.length !== b.length || a.some((x, i) => x !== b[i])) ports.add(k);
    }
    p.changes.set(d.id, { params, ports });
  }
  findParents(p);
}

const within = (inner: Span, outer: Span) => inner[0] >= outer[0] && inner[1] <= outer[1];

/** The item a source offset falls in (binary search over the items in file order), or -1. */
export function itemAt(p: Plan, at: number): number {
  let lo = 0;
  let hi = p.src.items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = p.src.items[mid]!.span;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Where a device is referred to in the text: its `main $ a` application, else its expression. */
export const refSpan = (s: { span?: Span; use?: Span }): Span | undefined => s.use ?? s.span;

/** For each device read inline (no binding of its own), the device and port whose argument holds it (innermost). */
function findParents(p: Plan): void {
  const args = new Map<number, { owner: string; port: string; span: Span }[]>();
  for (const s of p.sinst.values()) {
    for (const [port, a] of s.args) {
      const i = itemAt(p, a.span[0]);
      if (i < 0) continue;
      const l = args.get(i) ?? [];
      l.push({ owner: s.id, port, span: a.span });
      args.set(i, l);
    }
  }
  for (const s of p.sinst.values()) {
    const at = refSpan(s);
    if (s.bind || !at) continue;
    let best: { owner: string; port: string; span: Span } | null = null;
    for (const a of args.get(itemAt(p, at[0])) ?? []) {
      if (a.owner !== s.id && within(at, a.span) && (!best || within(a.span, best.span))) best = a;
    }
    if (best) p.parentOf.set(s.id, { parent: best.owner, port: best.port });
  }
}
