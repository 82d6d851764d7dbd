import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { addGroup, addNote, leaveGroups } from '../../core/annotations/ops';
import { addDevice, moveInstances } from '../../core/graph/ops';
import { useDesignStoreApi } from '../store/context';
import { derive } from '../store/derived';
import { nodeSelector, type PendingWire, useUi } from '../store/uiStore';
import { elkGraph, wrapWidth } from './layout';
import { placeInSlices } from './layoutPlace';
import { afterLayout, layoutInWorker, layoutPhase, runLayout } from './layoutRun';
import { noteIdOf, noteNodeId } from './noteModel';
import { freeSpot, NODE_W } from './place';
import { boundsOf, canvasBox, fitForReading, visibleFlowRect } from './viewport';

const frames = (n: number) => new Promise<void>((r) => {
  const step = (k: number) => (k ? window.requestAnimationFrame(() => step(k - 1)) : r());
  step(n);
});

/** The canvas element's center on screen (where keyboard-added devices land). */
export function canvasCenterScreen(): { x: number; y: number } {
  const r = canvasBox();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
}

/** Commands on the canvas shared by the header, the palette, the inspector and keyboard shortcuts. */
export function useCanvasCommands() {
  const store = useDesignStoreApi();
  const rf = useReactFlow();
  return useMemo(() => {
    const centerFlow = () => rf.screenToFlowPosition(canvasCenterScreen());
    /** A free spot for a new device at the middle of the visible canvas. */
    const center = () => {
      const p = centerFlow();
      return freeSpot(store.getState().design.devices.map((d) => d.position), { x: Math.round(p.x - NODE_W / 2), y: Math.round(p.y - 50) });
    };
    /** Adds a device (at the canvas center unless given), selects it, brings it into view and returns its id. */
    const add = (catalogId: string, at?: { x: number; y: number }) => {
      let id = '';
      const pos = at ?? center();
      store.getState().applyDesign((d) => {
        const r = addDevice(d, catalogId, pos);
        id = r.id;
        return r.design;
      }, 'add');
      store.getState().select([id]);
      useUi.getState().revealIds([id]);
      return id;
    };
    /** Quick-add: new devices go at the middle of the view, or beside `pending`'s device (wired to it). */
    const openAdd = (pending: PendingWire | null = null) => {
      const anchor = pending ? store.getState().design.devices.find((d) => d.id === pending.node) : undefined;
      useUi.getState().openQuickAdd(anchor ? { ...anchor.position } : centerFlow(), pending);
    };
    const selectedDevices = () => {
      const s = store.getState();
      const ids = new Set(s.design.devices.map((d) => d.id));
      return s.selected.filter((id) => ids.has(id));
    };
    /**
     * A sticky note: pinned to the one selected device and placed beside it where it is in view (above,
     * right, below or left of it), else at the middle of the view — on screen, so typing goes straight in.
     */
    const note = () => {
      const [one, ...more] = selectedDevices();
      const anchor = one && !more.length ? store.getState().design.devices.find((d) => d.id === one) : undefined;
      const c = centerFlow();
      const v = visibleFlowRect(rf);
      const fits = (p: { x: number; y: number }) => !v || (p.x >= v.x + 8 && p.y >= v.y + 8 && p.x + 200 <= v.x + v.width - 8 && p.y + 90 <= v.y + v.height - 8);
      const h = (anchor && rf.getNode(anchor.id)?.measured?.height) ?? 110;
      const around = anchor
        ? [
            { x: anchor.position.x, y: anchor.position.y - 110 },
            { x: anchor.position.x + NODE_W + 40, y: anchor.position.y },
            { x: anchor.position.x, y: anchor.position.y + h + 24 },
            { x: anchor.position.x - 240, y: anchor.position.y },
          ]
        : [];
      const pos = around.find(fits) ?? around[0] ?? { x: Math.round(c.x - 100), y: Math.round(c.y - 40) };
      let id = '';
      store.getState().applyDesign((d) => {
        const r = addNote(d, pos, '', anchor?.id);
        id = r.id;
        return r.design;
      }, 'note');
      store.getState().select([noteNodeId(id)]);
      useUi.getState().setEditNote(id);
      useUi.getState().revealIds([noteNodeId(id)], `${nodeSelector(noteNodeId(id))} textarea`);
    };
    /** Groups the selected devices; returns false when none are selected. */
    const group = () => {
      const ids = selectedDevices();
      if (!ids.length) return false;
      let gid = '';
      store.getState().applyDesign((d) => {
        const r = addGroup(d, ids);
        gid = r.id;
        return r.design;
      }, 'group');
      useUi.getState().setActiveGroup(gid);
      return true;
    };
    const ungroupSelected = () => {
      const ids = selectedDevices();
      if (ids.length) store.getState().applyDesign((d) => leaveGroups(d, ids), 'ungroup');
    };
    const fit = () => afterLayout(() => void rf.fitView({ padding: 0.1, maxZoom: 1, duration: 200 }));
    const fitSelection = () => {
      const sel = new Set(store.getState().selected);
      const b = boundsOf(rf.getNodes().filter((n) => sel.has(n.id)));
      if (b) void rf.fitBounds(b, { padding: 0.3, duration: 200 });
    };
    // Instant, so that pressing − three times zooms out three steps (an animated step interrupted by the next loses the rest).
    const zoomIn = () => void rf.zoomIn();
    const zoomOut = () => void rf.zoomOut();
    /** Pans the view by a share of its size (arrow keys with nothing selected). */
    const pan = (dx: number, dy: number) => {
      const v = rf.getViewport();
      const box = canvasBox();
      const step = box ? Math.min(box.width, box.height) * 0.15 : 80;
      void rf.setViewport({ x: v.x - dx * step, y: v.y - dy * step, zoom: v.zoom }, { duration: 120 });
    };
    /** Moves the selected devices and notes by (dx, dy) grid steps (one undoable change). */
    const nudge = (dx: number, dy: number) => {
      const s = store.getState();
      const sel = new Set(s.selected);
      const pos: Record<string, { x: number; y: number }> = {};
      for (const d of s.design.devices) if (sel.has(d.id)) pos[d.id] = { x: d.position.x + dx * 16, y: d.position.y + dy * 16 };
      const notes = (s.design.notes ?? []).filter((n) => sel.has(noteNodeId(n.id)));
      s.applyDesign((d) => {
        let next = moveInstances(d, pos);
        if (notes.length)
          next = { ...next, notes: (next.notes ?? []).map((n) => (notes.some((m) => m.id === n.id) ? { ...n, position: { x: n.position.x + dx * 16, y: n.position.y + dy * 16 } } : n)) };
        return next;
      }, 'move');
    };
    /**
     * Auto-layout in the layout worker (ELK loads there on the first run; the main thread only applies the
     * positions). A layout whose design changed meanwhile is recomputed, not applied. The view then shows the
     * result for reading (the rows are wrapped for the reading zoom), never zoomed out to boxes.
     */
    const layout = () =>
      runLayout(async () => {
        for (let attempt = 0; attempt < 3; attempt++) {
          const design = store.getState().design;
          const box = canvasBox();
          const sizes = new Map(rf.getNodes().filter((n) => noteIdOf(n.id) === null).map((n) => [n.id, { width: n.measured?.width ?? 180, height: n.measured?.height ?? 120 }]));
          const index = derive(design).index;
          const graph = elkGraph(design, sizes, (id) => index.ports(id).map((p) => p.name));
          const pos = await layoutInWorker(graph, sizes, wrapWidth(box?.width ? { width: box.width, height: box.height } : undefined));
          if (store.getState().design !== design) continue;
          layoutPhase('apply');
          await frames(1);
          // The nodes move on the canvas a slice per frame (no long task), then the design is committed once (one
          // undo step) and finds them in place: a moves-only change, so views, validation and config.ml carry over.
          const stale = () => store.getState().design !== design;
          if (!(await placeInSlices(rf.setNodes, pos, () => frames(1), stale, (p) => layoutPhase('apply', p)))) continue;
          store.getState().applyDesign((d) => moveInstances(d, pos), 'layout');
          break;
        }
        await frames(2);
        fitForReading(rf);
      }, store.getState().design.devices.length);
    return { center, add, openAdd, note, group, ungroupSelected, fit, fitSelection, zoomIn, zoomOut, pan, nudge, layout, visible: () => visibleFlowRect(rf) };
  }, [rf, store]);
}

export type CanvasCommands = ReturnType<typeof useCanvasCommands>;
