import { type Plan, Regenerate } from './context';

/** A top-level unit of the output: a kept (or regenerated) item, or a binding the output adds. */
export interface Unit {
  key: string;
  /** The item it is (kept or printed anew), or null for an added binding. */
  item: number | null;
  text: string;
  binds: string[];
  /** `name\u0000unitKey` for every binding of another unit it uses. */
  uses: Set<string>;
  /** Added units: the item to stay near when nothing orders it. */
  near: number | null;
  instances: string[];
}

/** A binary heap of units by (key, creation order). */
class Queue {
  private h: [number, number, Unit][] = [];
  push(x: [number, number, Unit]) {
    const h = this.h;
    h.push(x);
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!less(h[i]!, h[up]!)) break;
      [h[i], h[up]] = [h[up]!, h[i]!];
      i = up;
    }
  }
  pop(): Unit | undefined {
    const h = this.h;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(h[l]!, h[m]!)) m = l;
        if (r < h.length && less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top?.[2];
  }
}
const less = (a: [number, number, Unit], b: [number, number, Unit]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * The output order: the items where they were, each added binding just before the first unit that uses it
 * (or near where its text was read), and a unit after every unit it uses (a stable topological order:
 * nothing moves unless an edit makes it use something written later).
 */
export function orderUnits(p: Plan, units: Unit[]): Unit[] {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const users = new Map<string, Unit[]>();
  const deps = new Map<Unit, Set<Unit>>();
  for (const u of units) {
    const ds = new Set<Unit>();
    for (const x of u.uses) {
      const target = x.slice(x.indexOf('\u0000') + 1);
      if (target === u.key) continue;
      const t = byKey.get(target);
      if (!t) throw new Regenerate(`\`${x.slice(0, x.indexOf('\u0000'))}\` is used, and its definition was left out`);
      ds.add(t);
      users.set(t.key, [...(users.get(t.key) ?? []), u]);
    }
    deps.set(u, ds);
  }
  const regIndex = p.src.items.findIndex((_, i) => (p.byItem.get(i) ?? []).some((s) => s.device === 'register' && !p.deleted.has(s.id)));
  const keyOf = new Map<Unit, number>();
  const key = (u: Unit, seen = new Set<Unit>()): number => {
    const known = keyOf.get(u);
    if (known !== undefined) return known;
    let k: number;
    if (u.item !== null) k = u.item;
    else if (seen.has(u)) k = Infinity;
    else {
      seen.add(u);
      const us = users.get(u.key) ?? [];
      k = us.length ? Math.min(...us.map((x) => key(x, seen))) - 0.5 : u.near !== null ? u.near + 0.5 : regIndex >= 0 ? regIndex - 0.5 : Infinity;
    }
    keyOf.set(u, k);
    return k;
  };
  const waiting = new Map<Unit, number>(units.map((u) => [u, deps.get(u)!.size]));
  const q = new Queue();
  units.forEach((u, seq) => waiting.get(u) === 0 && q.push([key(u), seq, u]));
  const seqOf = new Map(units.map((u, i) => [u, i]));
  const out: Unit[] = [];
  for (let u = q.pop(); u; u = q.pop()) {
    out.push(u);
    for (const v of users.get(u.key) ?? []) {
      const n = waiting.get(v)! - 1;
      waiting.set(v, n);
      if (n === 0) q.push([key(v), seqOf.get(v)!, v]);
    }
  }
  if (out.length !== units.length) throw new Regenerate('the edited bindings use each other in a cycle');
  checkNames(out);
  return out;
}

/** Every name a unit uses resolves, in the output order, to the unit it means (no binding in between hides it). */
function checkNames(order: Unit[]): void {
  const last = new Map<string, string>();
  for (const u of order) {
    for (const x of u.uses) {
      const i = x.indexOf('\u0000');
      const name = x.slice(0, i);
      const target = x.slice(i + 1);
      if (target !== u.key && last.get(name) !== target) throw new Regenerate(`\`${name}\` would not refer to what it means after the edit`);
    }
    for (const b of u.binds) last.set(b, u.key);
  }
}
