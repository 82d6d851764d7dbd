import type { MirageVersion } from '../reference/types';
import { abbreviate } from './aliases';
import { printTy, type Ty } from './term';
import { showTy } from './unify';

const shown = new Map<string, string>();
const byTerm = new Map<MirageVersion, WeakMap<Ty, string>>();

/**
 * A type in Mirage words: abbreviations preferred (`tcpv4v6`, `ipv4`), variables as `'a`. Memoised by term
 * object and by printed term, per release (abbreviating is the costly part when a design has thousands of wires).
 */
export function mirageTypeName(t: Ty, version: MirageVersion): string {
  let terms = byTerm.get(version);
  if (!terms) byTerm.set(version, (terms = new WeakMap()));
  const hit = terms.get(t);
  if (hit !== undefined) return hit;
  const key = `${version}\u0000${printTy(t)}`;
  let name = shown.get(key);
  if (name === undefined) {
    name = showTy(abbreviate(t, version));
    if (shown.size > 20_000) shown.clear();
    shown.set(key, name);
  }
  terms.set(t, name);
  return name;
}
