import { DesignSchema, type Design } from '../../core/design/schema';
import { loadDesign } from '../../core/design/load';
import { type Restored, type Snapshot, SNAPSHOT_VERSION, UNDO_CAP } from './snapshot';

// Apart from snapshot.ts: reading validates with the design schema (zod), which start-up loads only when an autosave exists.

/**
 * Reads an autosave record back (pure, never throws): null when it is missing, from another format
 * version, or its design does not load. Undo entries that do not validate are dropped, never the design.
 */
export function readSnapshot(raw: unknown): Restored | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Snapshot>;
  if (r.v !== SNAPSHOT_VERSION) return null;
  const loaded = loadDesign(r.design);
  if (!loaded.ok) return null;
  const stack = (xs: unknown): Design[] =>
    Array.isArray(xs)
      ? xs.flatMap((x) => {
          const p = DesignSchema.safeParse(x);
          return p.success ? [p.data] : [];
        })
      : [];
  return {
    design: loaded.design,
    past: stack(r.past).slice(-UNDO_CAP),
    future: stack(r.future).slice(-UNDO_CAP),
    savedAt: typeof r.savedAt === 'number' ? r.savedAt : 0,
  };
}
