import type { SourceInstance } from '../design/source';
import { type Plan, Regenerate } from './context';
import { refSpan } from './diff';

const changed = (p: Plan, id: string) => {
  const c = p.changes.get(id);
  return !!c && (c.params.size > 0 || c.ports.size > 0);
};

/** The devices an item made that are its values (no device reads them inline): its binding, a register call. */
function roots(p: Plan, i: number): SourceInstance[] {
  return (p.byItem.get(i) ?? []).filter((s) => !p.parentOf.has(s.id));
}

/**
 * Decides, per item, what export does with it: left out (every device it defines is deleted, or a runtime
 * argument the design no longer has; then any `let` that only used what was left out), printed anew as
 * generated bindings (a changed device made inside a helper, where no text of its own can be edited), or kept.
 */
export function planItems(p: Plan): void {
  const rtKept = new Set(p.design.runtimeArgs.map((r) => r.name));
  const rtItems = new Map<number, string[]>();
  for (const r of p.src.runtimeArgs) rtItems.set(r.item, [...(rtItems.get(r.item) ?? []), r.name]);
  p.src.items.forEach((_, i) => {
    const rs = roots(p, i);
    const rts = rtItems.get(i) ?? [];
    if (rs.length && rs.every((s) => p.deleted.has(s.id))) p.dropped.add(i);
    else if (!rs.length && rts.length && rts.every((n) => !rtKept.has(n))) p.dropped.add(i);
  });
  // A `let` that names nothing of the graph and uses what was left out goes too (`let b = a` after `a`).
  for (let again = true; again; ) {
    again = false;
    p.src.items.forEach((it, i) => {
      if (p.dropped.has(i) || it.kind !== 'let' || (p.byItem.get(i) ?? []).length || rtItems.has(i)) return;
      if (it.refs.some((r) => p.dropped.has(r[1]))) {
        p.dropped.add(i);
        again = true;
      }
    });
  }
  // The unikernel name is written in `register "…"`: a change without its place edits the register anew.
  const reg = p.design.devices.find((d) => d.device === 'register');
  if (reg && p.design.name !== p.src.name && !p.src.nameSpan) p.changes.get(reg.id)?.params.add('@name');
  for (const s of p.sinst.values()) {
    if (p.deleted.has(s.id) || p.dropped.has(s.item)) continue;
    if (changed(p, s.id) && !s.span) p.regen.add(s.item);
  }
  // A `main` definition applied twice is two devices with one text: a change to it cannot be printed in place.
  const defs = new Map<string, string[]>();
  for (const s of p.sinst.values()) if (s.device === 'main' && s.span) defs.set(`${s.span}`, [...(defs.get(`${s.span}`) ?? []), s.id]);
  for (const ids of defs.values()) {
    if (ids.length > 1 && ids.some((id) => (p.changes.get(id)?.params.size ?? 0) > 0)) throw new Regenerate('a `main` applied in two places was changed');
  }
}

/**
 * Devices read inline that cannot stay where they were written: their consumer is gone or printed anew, or
 * they now feed something else as well (or nothing). They get a binding of their own holding their text.
 */
export function planHoists(p: Plan): string[] {
  const out: string[] = [];
  for (const s of p.sinst.values()) {
    if (s.bind || p.deleted.has(s.id) || p.regen.has(s.item) || !refSpan(s)) continue;
    const par = p.parentOf.get(s.id);
    if (!par) {
      if (p.dropped.has(s.item)) out.push(s.id);
      continue;
    }
    const consumers = p.index.outgoing(s.id);
    const stays =
      !p.dropped.has(s.item) &&
      !p.deleted.has(par.parent) &&
      !p.regen.has(p.sinst.get(par.parent)?.item ?? -1) &&
      consumers.length === 1 &&
      consumers[0]!.to === par.parent &&
      consumers[0]!.port === par.port;
    if (!stays) out.push(s.id);
  }
  return out;
}
