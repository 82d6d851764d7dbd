import { create } from 'zustand';
import type { Design } from '../../core/design/schema';
import type { Diagnostic } from '../../core/diagnostics';

/**
 * Non-undoable state of the editable config.ml tab (the design store stays the one source of truth):
 * - `draft` — text typed but not applied to the graph yet (null = not dirty);
 * - `applied` — the text last applied and the design it produced: shown while that design is current,
 *   so applying never rewrites what the user typed; any other design shows its generated config.ml;
 * - `check` — diagnostics of the last read of `check.text` (shown only while that text is shown);
 * - `reveal` — a request to put the cursor on a line (from the Problems tab).
 */
export interface CodeEditState {
  draft: string | null;
  applied: { design: Design; text: string } | null;
  check: { text: string; diagnostics: Diagnostic[] } | null;
  keptKey: string;
  reveal: { line: number; column: number; seq: number } | null;
  setDraft(text: string): void;
  discard(): void;
  revealAt(line: number, column?: number): void;
}

export const useCodeEdit = create<CodeEditState>()((set) => ({
  draft: null,
  applied: null,
  check: null,
  keptKey: '',
  reveal: null,
  setDraft: (text) => set({ draft: text }),
  discard: () => set({ draft: null, check: null }),
  revealAt: (line, column = 1) => set((s) => ({ reveal: { line, column, seq: (s.reveal?.seq ?? 0) + 1 } })),
}));

/** The config.ml text the tab shows: the draft, else the applied text while its design is current, else the generated one. */
export function shownConfig(generated: string, design: Design, s: Pick<CodeEditState, 'draft' | 'applied'>): string {
  if (s.draft !== null) return s.draft;
  if (s.applied && s.applied.design === design) return s.applied.text;
  return generated;
}

/** Diagnostics of the last code read, when they are about the text shown (else none). */
export function codeDiagnostics(shown: string, s: Pick<CodeEditState, 'check'>): Diagnostic[] {
  return s.check && s.check.text === shown ? s.check.diagnostics : [];
}
