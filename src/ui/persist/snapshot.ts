import type { Design } from '../../core/design/schema';

/** Format of the autosave record (bump when its shape changes; older records are ignored). */
export const SNAPSHOT_VERSION = 1;
/** How many undo and redo steps survive a reload. */
export const UNDO_CAP = 100;

/** What autosave writes to IndexedDB: the design and the undo/redo stacks (oldest first, nearest last). */
export interface Snapshot {
  v: typeof SNAPSHOT_VERSION;
  savedAt: number;
  design: Design;
  past: Design[];
  future: Design[];
}

/** The restored editor state, ready for the store and zundo. */
export interface Restored {
  design: Design;
  past: Design[];
  future: Design[];
  savedAt: number;
}

type StackEntry = { design?: Design } | undefined;

/** Keeps the `cap` entries nearest to the present (the end of a zundo stack) and drops empty ones. */
export function capStack(stack: readonly StackEntry[], cap: number = UNDO_CAP): Design[] {
  const out: Design[] = [];
  for (let i = stack.length - 1; i >= 0 && out.length < cap; i--) {
    const d = stack[i]?.design;
    if (d) out.push(d);
  }
  return out.reverse();
}

/** Builds the autosave record from the current design and zundo's `pastStates`/`futureStates` (pure). */
export function makeSnapshot(
  design: Design,
  pastStates: readonly StackEntry[],
  futureStates: readonly StackEntry[],
  savedAt: number,
  cap: number = UNDO_CAP,
): Snapshot {
  return { v: SNAPSHOT_VERSION, savedAt, design, past: capStack(pastStates, cap), future: capStack(futureStates, cap) };
}

/** zundo stack entries for restored designs (the store's `partialize` keeps only `design`). */
export function toTemporal(designs: readonly Design[]): { design: Design }[] {
  return designs.map((design) => ({ design }));
}
