import { create } from 'zustand';
import { temporal } from 'zundo';
import { designShot, movedOnly } from '../../core/design/memo';
import type { Design } from '../../core/design/schema';

/**
 * The one store of the editor. The design is the only undoable state (zundo tracks `design`);
 * selection and view state are not recorded. Everything else (catalog, types, diagnostics,
 * generated files) is derived from `design` — see `derived.ts`.
 *
 * Contract used across the UI (keep it stable):
 * - `design` — the current design (immutable updates only).
 * - `applyDesign(fn, label?)` — an undoable change: `fn` returns a new design (pure).
 * - `replaceDesign(d, label?)` — load a whole design (new/open/template/import): undoable too, so
 *   opening a file never destroys the current design without a way back.
 * - `selected` / `select(ids)` — selected instance ids.
 * - `focus(id)` — ask the canvas to select and center an instance (problems list, code panel).
 * - `canvasFirst` — true when the last change is one the user sees on the canvas: a design replaced as a whole
 *   (open, import…; not a config.ml applied from the code panel) or devices that only moved (drag, layout). The
 *   canvas then changes first and the code panel after; after any other edit the code panel comes first
 *   (`useDerivedFirst`).
 */
export interface DesignState {
  design: Design;
  selected: string[];
  focusRequest: { id: string; seq: number } | null;
  lastChange: string;
  canvasFirst: boolean;
  applyDesign(fn: (d: Design) => Design, label?: string): void;
  replaceDesign(d: Design, label?: string): void;
  select(ids: string[]): void;
  focus(id: string): void;
}

export function createDesignStore(initial: Design) {
  return create<DesignState>()(
    temporal(
      (set) => ({
        design: initial,
        selected: [],
        focusRequest: null,
        lastChange: 'open',
        canvasFirst: true,
        applyDesign: (fn, label = 'edit') =>
          set((s) => {
            const next = fn(s.design);
            return next === s.design ? s : { design: next, lastChange: label, canvasFirst: movedOnly(designShot(s.design), next) };
          }),
        // A config.ml applied from the code panel (`'code edit'`) is an edit there, not a load.
        replaceDesign: (d, label = 'open') => set({ design: d, selected: [], lastChange: label, canvasFirst: label !== 'code edit' }),
        select: (ids) => set({ selected: ids }),
        focus: (id) => set((s) => ({ selected: [id], focusRequest: { id, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
      }),
      {
        partialize: (s) => ({ design: s.design }),
        equality: (a, b) => a.design === b.design,
        limit: 500,
      },
    ),
  );
}

export type DesignStore = ReturnType<typeof createDesignStore>;
