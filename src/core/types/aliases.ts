import { reference } from '../reference/api';
import type { MirageVersion } from '../reference/types';
import { type Ty, con, parseTy, tyEqual } from './term';

interface Alias {
  params: string[];
  body: Ty;
}

const cache = new Map<MirageVersion, Map<string, Alias>>();

/** The type abbreviations of a Mirage version that are device types (`ipv4 = v4 ip`, `tcpv4v6 = v4v6 tcp`). */
export function aliasesFor(version: MirageVersion): ReadonlyMap<string, Alias> {
  let m = cache.get(version);
  if (m) return m;
  m = new Map();
  for (const t of reference.types) {
    const decl = t.declarations[version];
    if (!decl) continue;
    const eq = decl.indexOf('=');
    if (eq < 0) continue;
    const rhs = decl.slice(eq + 1).trim();
    // Only local abbreviations between device types; records, modules and Functoria aliases are opaque.
    if (/[{.`[]/.test(rhs)) continue;
    try {
      m.set(t.name, { params: t.params.map((p) => p.replace(/^'/, '')), body: parseTy(rhs) });
    } catch {
      /* not a device type term */
    }
  }
  cache.set(version, m);
  return m;
}

/** Expands every abbreviation, so `tcpv4v6` and `v4v6 tcp` become the same term. */
export function expandTy(t: Ty, version: MirageVersion): Ty {
  if (t.kind === 'var') return t;
  if (t.kind === 'arrow') return { kind: 'arrow', from: expandTy(t.from, version), to: expandTy(t.to, version) };
  const args = t.args.map((a) => expandTy(a, version));
  const alias = aliasesFor(version).get(t.name);
  if (!alias || alias.params.length !== args.length) return con(t.name, args);
  const sub = (b: Ty): Ty => {
    if (b.kind === 'var') {
      const k = alias.params.indexOf(b.name);
      return k >= 0 ? args[k]! : b;
    }
    if (b.kind === 'arrow') return { kind: 'arrow', from: sub(b.from), to: sub(b.to) };
    return con(b.name, b.args.map(sub));
  };
  return expandTy(sub(alias.body), version);
}

/** The Mirage name of a term when an abbreviation has exactly that body (`v4v6 tcp` → `tcpv4v6`). */
export function abbreviate(t: Ty, version: MirageVersion): Ty {
  if (t.kind !== 'con') return t;
  for (const [name, a] of aliasesFor(version)) {
    if (a.params.length === 0 && tyEqual(expandTy(a.body, version), t)) return con(name);
  }
  return con(t.name, t.args.map((x) => abbreviate(x, version)));
}
