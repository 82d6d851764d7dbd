import { create } from 'zustand';

/** Where a wire was being dragged from when it was dropped on empty canvas (quick-add wires to it). */
export interface PendingWire {
  node: string;
  /** 'source' = dragged from the output; 'target' = dragged from input `port`. */
  side: 'source' | 'target';
  port: string | null;
}

/** The wire being dragged: which handles it may go to (`<instance>/<port>` keys, `out` for outputs). */
export interface WireDrag {
  from: PendingWire;
  ok: ReadonlySet<string>;
}

export interface Toast {
  message: string;
  x: number;
  y: number;
  seq: number;
}

/** Editor UI state that is not part of the design and not undoable. */
export interface UiState {
  quickAdd: { flowPos: { x: number; y: number }; pending: PendingWire | null } | null;
  drag: WireDrag | null;
  toast: Toast | null;
  legendOpen: boolean;
  openQuickAdd(flowPos: { x: number; y: number }, pending?: PendingWire | null): void;
  closeQuickAdd(): void;
  setDrag(d: WireDrag | null): void;
  showToast(message: string, x: number, y: number): void;
  clearToast(): void;
  setLegend(open: boolean): void;
}

export const useUi = create<UiState>()((set) => ({
  quickAdd: null,
  drag: null,
  toast: null,
  legendOpen: false,
  openQuickAdd: (flowPos, pending = null) => set({ quickAdd: { flowPos, pending } }),
  closeQuickAdd: () => set({ quickAdd: null }),
  setDrag: (drag) => set({ drag }),
  showToast: (message, x, y) => set((s) => ({ toast: { message, x, y, seq: (s.toast?.seq ?? 0) + 1 } })),
  clearToast: () => set({ toast: null }),
  setLegend: (legendOpen) => set({ legendOpen }),
}));

/** Handle key used by the drag highlighting: `<instance>/<port>` or `<instance>/out`. */
export const handleKey = (instance: string, port: string) => `${instance}/${port}`;

/** dataTransfer type of a palette device dragged onto the canvas. */
export const DEVICE_MIME = 'application/x-mirage-device';
