import { create } from 'zustand';

/** Where a wire was being dragged from when it was dropped on empty canvas (quick-add wires to it). */
export interface PendingWire {
  node: string;
  /** 'source' = dragged from an output; 'target' = dragged from input `port`. */
  side: 'source' | 'target';
  /** The input port ('target'); for 'source', which output: null = the result (`out`), else one of several (`lease`). */
  port: string | null;
}

/**
 * The wire being dragged: which handles it may go to (`<instance>/<port>` keys: input ports when dragged from
 * an output, outputs — `out`, `lease`… — when dragged from an input, so a key never means two handles).
 */
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

/** A dialog over the editor (one at a time). */
export type Dialog = 'shortcuts' | 'picture' | null;

/** Editor UI state that is not part of the design and not undoable. */
export interface UiState {
  /** Quick-add: where a new device goes, and the wire it completes (dragged out, or picked by keyboard on a port). */
  quickAdd: { flowPos: { x: number; y: number }; pending: PendingWire | null } | null;
  drag: WireDrag | null;
  toast: Toast | null;
  legendOpen: boolean;
  findOpen: boolean;
  /** Bumped each time find is asked for (Ctrl+F again focuses its field). */
  findSeq: number;
  dialog: Dialog;
  /** A note whose text editor should open (a new note). */
  editNote: string | null;
  /** The group whose frame title was picked last (the inspector shows it while its devices are selected). */
  activeGroup: string | null;
  /** Devices to bring into view once they are on the canvas (newly added ones), and what gets the focus then. */
  reveal: { ids: string[]; seq: number; focus?: string } | null;
  openQuickAdd(flowPos: { x: number; y: number }, pending?: PendingWire | null): void;
  closeQuickAdd(): void;
  setDrag(d: WireDrag | null): void;
  showToast(message: string, x: number, y: number): void;
  clearToast(): void;
  setLegend(open: boolean): void;
  setFind(open: boolean): void;
  setDialog(d: Dialog): void;
  setEditNote(id: string | null): void;
  setActiveGroup(id: string | null): void;
  /** Brings `ids` into view; `focus` is a selector of the element to focus afterwards (keyboard flows). */
  revealIds(ids: string[], focus?: string): void;
}

export const useUi = create<UiState>()((set) => ({
  quickAdd: null,
  drag: null,
  toast: null,
  legendOpen: false,
  findOpen: false,
  findSeq: 0,
  dialog: null,
  editNote: null,
  activeGroup: null,
  reveal: null,
  openQuickAdd: (flowPos, pending = null) => set({ quickAdd: { flowPos, pending } }),
  closeQuickAdd: () => set({ quickAdd: null }),
  setDrag: (drag) => set({ drag }),
  showToast: (message, x, y) => set((s) => ({ toast: { message, x, y, seq: (s.toast?.seq ?? 0) + 1 } })),
  clearToast: () => set({ toast: null }),
  setLegend: (legendOpen) => set({ legendOpen }),
  setFind: (findOpen) => set((s) => ({ findOpen, findSeq: findOpen ? s.findSeq + 1 : s.findSeq })),
  setDialog: (dialog) => set({ dialog }),
  setEditNote: (editNote) => set({ editNote }),
  setActiveGroup: (activeGroup) => set({ activeGroup }),
  revealIds: (ids, focus) => set((s) => ({ reveal: { ids, seq: (s.reveal?.seq ?? 0) + 1, ...(focus ? { focus } : {}) } })),
}));

/** Handle key used by the drag highlighting: `<instance>/<port>` or `<instance>/out`. */
export const handleKey = (instance: string, port: string) => `${instance}/${port}`;

/** Selector of a device node on the canvas (for focusing it). */
export const nodeSelector = (id: string) => `.react-flow__node[data-id="${CSS.escape(id)}"]`;
/** Selector of a handle: input `port`, or with `side` 'source' an output (`out`, `lease`…). */
export const handleSelector = (id: string, port: string, side: 'source' | 'target' = port === 'out' ? 'source' : 'target') =>
  `${nodeSelector(id)} .react-flow__handle.${side}[data-handleid="${CSS.escape(port)}"]`;

/** The handle a pending wire starts from (an output's id is `out` or the name of one of several results). */
export const pendingHandle = (p: PendingWire): string => (p.side === 'source' ? (p.port ?? 'out') : (p.port ?? ''));

/** dataTransfer type of a palette device dragged onto the canvas. */
export const DEVICE_MIME = 'application/x-mirage-device';
