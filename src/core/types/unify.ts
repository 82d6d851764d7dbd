import { type Ty, con, printTy } from './term';

/** A substitution from type-variable names to terms (idempotent after `resolve`). */
export type Subst = ReadonlyMap<string, Ty>;

/** Applies a substitution deeply (chains of variables are followed in a loop, never by recursion). */
export function resolve(t: Ty, s: Subst): Ty {
  while (t.kind === 'var') {
    const b = s.get(t.name);
    if (!b) return t;
    t = b;
  }
  if (t.kind === 'arrow') return { kind: 'arrow', from: resolve(t.from, s), to: resolve(t.to, s) };
  return t.args.length === 0 ? t : con(t.name, t.args.map((a) => resolve(a, s)));
}

export type UnifyResult = { ok: true; subst: Subst } | { ok: false; left: Ty; right: Ty };

/** Unifies two terms under `s`; returns the extended substitution or the first clashing pair. */
export function unify(a: Ty, b: Ty, s: Subst = new Map()): UnifyResult {
  // Copy `s` only when a variable gets bound: most wires bind nothing, and copying per wire made
  // inference over a whole design quadratic.
  let out: Map<string, Ty> | null = null;
  const cur = (): Subst => out ?? s;
  const go = (x: Ty, y: Ty): { left: Ty; right: Ty } | null => {
    x = resolve(x, cur());
    y = resolve(y, cur());
    if (x.kind === 'var' && y.kind === 'var' && x.name === y.name) return null;
    if (x.kind === 'var') return bindVar(x.name, y);
    if (y.kind === 'var') return bindVar(y.name, x);
    if (x.kind === 'arrow' || y.kind === 'arrow') {
      if (x.kind !== 'arrow' || y.kind !== 'arrow') return { left: x, right: y };
      return go(x.from, y.from) ?? go(x.to, y.to);
    }
    if (x.name !== y.name || x.args.length !== y.args.length) return { left: x, right: y };
    for (let i = 0; i < x.args.length; i++) {
      const r = go(x.args[i]!, y.args[i]!);
      if (r) return r;
    }
    return null;
  };
  const bindVar = (name: string, t: Ty): { left: Ty; right: Ty } | null => {
    if (occurs(name, t)) return { left: { kind: 'var', name }, right: t };
    if (!out) out = new Map(s);
    out.set(name, t);
    return null;
  };
  const clash = go(a, b);
  return clash ? { ok: false, ...clash } : { ok: true, subst: cur() };
}

/**
 * Unifies two terms by extending `s` in place (for inference over a whole design: no copy per wire, so it
 * stays linear); on a clash every binding it made is undone and the clashing pair is returned. Variable
 * chains are shortened as they are followed.
 */
export function unifyInPlace(a: Ty, b: Ty, s: Map<string, Ty>): { left: Ty; right: Ty } | null {
  const trail: string[] = [];
  const head = (t: Ty): Ty => {
    if (t.kind !== 'var') return t;
    let end: Ty = t;
    const seen: string[] = [];
    while (end.kind === 'var') {
      const next = s.get(end.name);
      if (!next) break;
      seen.push(end.name);
      end = next;
    }
    // Path compression: every variable of the chain now points at its end.
    for (const v of seen.slice(0, -1)) if (s.get(v) !== end) s.set(v, end);
    return end;
  };
  const go = (x: Ty, y: Ty): { left: Ty; right: Ty } | null => {
    x = head(x);
    y = head(y);
    if (x.kind === 'var' && y.kind === 'var' && x.name === y.name) return null;
    if (x.kind === 'var' || y.kind === 'var') {
      const [v, t] = x.kind === 'var' ? [x, y] : [y as Ty & { kind: 'var' }, x];
      if (occurs(v.name, resolve(t, s))) return { left: v, right: t };
      s.set(v.name, t);
      trail.push(v.name);
      return null;
    }
    if (x.kind === 'arrow' || y.kind === 'arrow') {
      if (x.kind !== 'arrow' || y.kind !== 'arrow') return { left: x, right: y };
      return go(x.from, y.from) ?? go(x.to, y.to);
    }
    if (x.name !== y.name || x.args.length !== y.args.length) return { left: x, right: y };
    for (let i = 0; i < x.args.length; i++) {
      const r = go(x.args[i]!, y.args[i]!);
      if (r) return r;
    }
    return null;
  };
  const clash = go(a, b);
  if (clash) for (const v of trail) s.delete(v);
  return clash;
}

function occurs(name: string, t: Ty): boolean {
  if (t.kind === 'var') return t.name === name;
  if (t.kind === 'arrow') return occurs(name, t.from) || occurs(name, t.to);
  return t.args.some((a) => occurs(name, a));
}

/** Prints a term with its variables renamed to `'a`, `'b`, … in order of appearance. */
export function showTy(t: Ty): string {
  const names = new Map<string, string>();
  const rename = (x: Ty): Ty => {
    if (x.kind === 'var') {
      if (!names.has(x.name)) names.set(x.name, String.fromCharCode(97 + names.size));
      return { kind: 'var', name: names.get(x.name)! };
    }
    if (x.kind === 'arrow') return { kind: 'arrow', from: rename(x.from), to: rename(x.to) };
    return con(x.name, x.args.map(rename));
  };
  return printTy(rename(t));
}
