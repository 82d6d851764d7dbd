import { type SourceInstance, splitWireSource } from '../design/source';
import { type Plan, Regenerate } from './context';
import { refSpan } from './diff';

const changed = (p: Plan, id: string) => {
  const c = p.changes.get(id);
  return !!c && (c.params.size > 0 || c.ports.size > 0);
};

/**
 * The devices that are an item's value: those its `let` names; for an item naming none (`let () = register …`),
 * those no other device of it reads inline. A device a local `let` names inside the item is part of the value.
 */
function roots(p: Plan, i: number): SourceInstance[] {
  const mine = p.byItem.get(i) ?? [];
  const bound = mine.filter((s) => s.bind);
  return bound.length ? bound : mine.filter((s) => !p.parentOf.has(s.id));
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
  keepWhatKeptTextUses(p);
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
  if (!reg && p.design.name !== p.src.name) {
    p.notes.push({ code: 'MC031', severity: 'warning', message: `The unikernel name \`${p.design.name}\` is not written in config.ml: it has no \`register\` call the composer reads.` });
  }
  for (const s of p.sinst.values()) {
    if (p.dropped.has(s.item)) continue;
    // A deleted device bound by a local `let` inside a kept item: no consumer's argument covers its text.
    if (p.deleted.has(s.id)) {
      if (!s.bind && !p.parentOf.has(s.id)) p.regen.add(s.item);
      continue;
    }
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
 * An item about to be left out whose name is still used by text that stays as written (an argument the
 * composer does not model, OCaml kept as code) stays too, and a note says so: removing it would break the file.
 */
function keepWhatKeptTextUses(p: Plan): void {
  const replaced: [number, number][] = [];
  for (const s of p.sinst.values()) {
    if (p.deleted.has(s.id) && s.span) replaced.push(s.span);
    const c = p.changes.get(s.id);
    for (const [port, a] of s.args) if (c?.ports.has(port) || c?.params.has(port)) replaced.push(a.span);
  }
  const inside = (at: [number, number]) => replaced.some(([a, b]) => at[0] >= a && at[1] <= b);
  for (let again = true; again; ) {
    again = false;
    p.src.items.forEach((it, j) => {
      if (p.dropped.has(j)) return;
      for (const r of it.refs) {
        if (!p.dropped.has(r[1]) || inside(r[2])) continue;
        p.dropped.delete(r[1]);
        again = true;
        p.notes.push({
          code: 'MC031',
          severity: 'warning',
          message: `\`${r[0]}\` stays in config.ml: OCaml kept as written still uses it (line ${p.text.slice(0, r[2][0]).split('\n').length}).`,
        });
      }
    });
  }
}

/**
 * Devices read inline that cannot stay where they were written: their consumer is gone or printed anew, or
 * they now feed something else as well (or nothing). They get a binding of their own holding their text.
 */
export function planHoists(p: Plan): string[] {
  const out: string[] = [];
  const wasFed = new Map<string, Set<string>>();
  for (const s of p.sinst.values()) for (const [port, from] of s.inputs) for (const f of from) wasFed.set(splitWireSource(f).from, (wasFed.get(splitWireSource(f).from) ?? new Set()).add(`${s.id}.${port}`));
  for (const s of p.sinst.values()) {
    if (s.bind || p.deleted.has(s.id) || p.regen.has(s.item) || !refSpan(s)) continue;
    const par = p.parentOf.get(s.id);
    if (!par) {
      // Its value is the item's (`let () = register …`) or a local `let`'s: it moves out when the item goes,
      // or when something that did not use it before does now (it is then named at top level).
      const before = wasFed.get(s.id) ?? new Set<string>();
      const gained = p.index.outgoing(s.id).some((w) => !before.has(`${w.to}.${w.port}`));
      if (p.dropped.has(s.item) || gained) out.push(s.id);
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
