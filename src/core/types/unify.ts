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
  const trail: Trail = [];
  const clash = unifyGo(a, b, s, trail);
  if (clash) {
    for (let i = trail.length - 1; i >= 0; i--) {
      const [name, before] = trail[i]!;
      if (before) s.set(name, before);
      else s.delete(name);
    }
  }
  return clash;
}

/** Every change made to the substitution (name, binding before) so a clash can undo them all. */
type Trail = [string, Ty | undefined][];

function bind(s: Map<string, Ty>, trail: Trail, name: string, t: Ty): void {
  trail.push([name, s.get(name)]);
  s.set(name, t);
}

/** The end of a variable chain under `s` (the chain then points at it directly). */
function chainEnd(t: Ty, s: Map<string, Ty>, trail: Trail): Ty {
  if (t.kind !== 'var') return t;
  let end: Ty = t;
  let hops = 0;
  while (end.kind === 'var') {
    const next = s.get(end.name);
    if (!next) break;
    end = next;
    hops++;
  }
  if (hops > 1) {
    for (let v: Ty = t; v.kind === 'var' && v !== end; ) {
      const next: Ty = s.get(v.name)!;
      if (next !== end) bind(s, trail, v.name, end);
      v = next;
    }
  }
  return end;
}

function unifyGo(x: Ty, y: Ty, s: Map<string, Ty>, trail: Trail): { left: Ty; right: Ty } | null {
  x = chainEnd(x, s, trail);
  y = chainEnd(y, s, trail);
  if (x.kind === 'var' && y.kind === 'var' && x.name === y.name) return null;
  if (x.kind === 'var' || y.kind === 'var') {
    const v = (x.kind === 'var' ? x : y) as Ty & { kind: 'var' };
    const t = x.kind === 'var' ? y : x;
    if (occurs(v.name, resolve(t, s))) return { left: v, right: t };
    bind(s, trail, v.name, t);
    return null;
  }
  if (x.kind === 'arrow' || y.kind === 'arrow') {
    if (x.kind !== 'arrow' || y.kind !== 'arrow') return { left: x, right: y };
    return unifyGo(x.from, y.from, s, trail) ?? unifyGo(x.to, y.to, s, trail);
  }
  if (x.name !== y.name || x.args.length !== y.args.length) return { left: x, right: y };
  for (let i = 0; i < x.args.length; i++) {
    const r = unifyGo(x.args[i]!, y.args[i]!, s, trail);
    if (r) return r;
  }
  return null;
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
