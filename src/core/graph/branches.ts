import type { GraphIndex } from './index';

/** Under which branch of which `if_impl` / `match_impl` an instance is used: selector id → branch port. */
export type BranchContext = ReadonlyMap<string, string>;

const SELECTORS = new Set(['if_impl', 'match_impl']);

/**
 * For every instance, the branches it is used under on every path to its consumers (`if_impl` then/else,
 * `match_impl` cases): two instances whose contexts pick different branches of one selector are never
 * configured together (pure; O(devices + wires), cycles treated as unconstrained).
 */
export function branchContexts(index: GraphIndex): Map<string, BranchContext> {
  const memo = new Map<string, BranchContext>();
  const busy = new Set<string>();
  const visit = (id: string): BranchContext => {
    const done = memo.get(id);
    if (done) return done;
    if (busy.has(id)) return new Map();
    busy.add(id);
    let ctx: Map<string, string> | null = null;
    for (const w of index.outgoing(id)) {
      const to = index.byId.get(w.to);
      const mine = new Map(visit(w.to));
      if (to && SELECTORS.has(to.device) && w.port !== 'cond') mine.set(w.to, w.port);
      if (ctx === null) ctx = mine;
      else for (const [sel, branch] of ctx) if (mine.get(sel) !== branch) ctx.delete(sel);
    }
    busy.delete(id);
    const result = ctx ?? new Map<string, string>();
    memo.set(id, result);
    return result;
  };
  for (const id of index.byId.keys()) visit(id);
  return memo;
}

/** True when two contexts choose different branches of one selector (so they are never active together). */
export function exclusive(a: BranchContext | undefined, b: BranchContext | undefined): boolean {
  if (!a || !b) return false;
  for (const [sel, branch] of a) {
    const other = b.get(sel);
    if (other !== undefined && other !== branch) return true;
  }
  return false;
}
