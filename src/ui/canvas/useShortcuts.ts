import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { disconnect, removeInstances } from '../../core/graph/ops';
import { useDesignStoreApi } from '../store/context';
import { useUi } from '../store/uiStore';
import { type Clip, copySelection, pasteClip } from './clipboard';
import { canvasCenterScreen } from './useCanvasCommands';

/** True when typing in a field or in the code editor: shortcuts stay out of the way. */
function isTyping(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || !el.closest) return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], .monaco-editor');
}

let clip: Clip | null = null;
let pasteCount = 0;

/** Editor keyboard shortcuts: undo/redo, delete, copy/paste/duplicate, select all, quick-add. */
export function useShortcuts() {
  const store = useDesignStoreApi();
  const rf = useReactFlow();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      if (mod && k === 'k') {
        e.preventDefault();
        useUi.getState().openQuickAdd(rf.screenToFlowPosition(canvasCenterScreen()));
        return;
      }
      if (isTyping(e.target) || useUi.getState().quickAdd) return;
      const s = store.getState();
      const t = store.temporal.getState();
      if (mod && k === 'z' && !e.shiftKey) {
        e.preventDefault();
        t.undo();
      } else if ((mod && k === 'z' && e.shiftKey) || (e.ctrlKey && k === 'y')) {
        e.preventDefault();
        t.redo();
      } else if (k === 'delete' || k === 'backspace') {
        const wires = rf.getEdges().filter((x) => x.selected).map((x) => x.id);
        if (!s.selected.length && !wires.length) return;
        e.preventDefault();
        s.applyDesign((d) => removeInstances(disconnect(d, wires), s.selected), 'delete');
        s.select([]);
      } else if (mod && k === 'c') {
        const c = copySelection(s.design, s.selected);
        if (c) {
          clip = c;
          pasteCount = 0;
        }
      } else if (mod && k === 'x') {
        const c = copySelection(s.design, s.selected);
        if (!c) return;
        clip = c;
        pasteCount = -1;
        s.applyDesign((d) => removeInstances(d, s.selected), 'cut');
        s.select([]);
      } else if (mod && (k === 'v' || k === 'd')) {
        const c = k === 'd' ? copySelection(s.design, s.selected) : clip;
        if (!c) return;
        e.preventDefault();
        const step = k === 'd' ? 1 : ++pasteCount;
        let ids: string[] = [];
        s.applyDesign((d) => {
          const r = pasteClip(d, c, step);
          ids = r.ids;
          return r.design;
        }, k === 'd' ? 'duplicate' : 'paste');
        s.select(ids);
      } else if (mod && k === 'a') {
        e.preventDefault();
        s.select(s.design.devices.map((x) => x.id));
      } else if (k === 'escape') {
        s.select([]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, rf]);
}
