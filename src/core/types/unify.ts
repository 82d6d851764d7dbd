import { type Ty, con, printTy } from './term';

/** A substitution from type-variable names to terms (idempotent after `resolve`). */
export type Subst = ReadonlyMap<string, Ty>;

/** Applies a substitution deeply. */
export function resolve(t: Ty, s: Subst): Ty {
  if (t.kind === 'var') {
    const b = s.get(t.name);
    return b ? resolve(b, s) : t;
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
