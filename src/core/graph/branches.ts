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
  // Contexts are shared between instances (read-only): one is copied only when it is changed (most are empty).
  const visit = (id: string): BranchContext => {
    const done = memo.get(id);
    if (done) return done;
    if (busy.has(id)) return EMPTY;
    busy.add(id);
    let ctx: BranchContext | null = null;
    let owned = false;
    for (const w of index.outgoing(id)) {
      const to = index.byId.get(w.to);
      let mine = visit(w.to);
      if (to && SELECTORS.has(to.device) && w.port !== 'cond') mine = new Map(mine).set(w.to, w.port);
      if (ctx === null) {
        ctx = mine;
        continue;
      }
      for (const [sel, branch] of ctx) {
        if (mine.get(sel) === branch) continue;
        if (!owned) {
          ctx = new Map(ctx);
          owned = true;
        }
        (ctx as Map<string, string>).delete(sel);
      }
    }
    busy.delete(id);
    const result = ctx ?? EMPTY;
    memo.set(id, result);
    return result;
  };
  for (const id of index.byId.keys()) visit(id);
  return memo;
}

const EMPTY: BranchContext = new Map();

/** True when two contexts choose different branches of one selector (so they are never active together). */
export function exclusive(a: BranchContext | undefined, b: BranchContext | undefined): boolean {
  if (!a || !b) return false;
  for (const [sel, branch] of a) {
    const other = b.get(sel);
    if (other !== undefined && other !== branch) return true;
  }
  return false;
}
