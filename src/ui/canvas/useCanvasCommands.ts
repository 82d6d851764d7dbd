import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { addDevice, moveInstances } from '../../core/graph/ops';
import { useDesignStoreApi } from '../store/context';
import { derive } from '../store/derived';
import { autoLayout } from './layout';
import { afterLayout, runLayout } from './layoutRun';
import { freeSpot } from './place';

/** The canvas element's center in flow coordinates (where keyboard-added devices land). */
export function canvasCenterScreen(): { x: number; y: number } {
  const el = document.querySelector('.canvas .react-flow');
  const r = el?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
}

/** Commands on the canvas shared by the header, the palette and keyboard shortcuts. */
export function useCanvasCommands() {
  const store = useDesignStoreApi();
  const rf = useReactFlow();
  return useMemo(() => {
    const center = () => {
      const p = rf.screenToFlowPosition(canvasCenterScreen());
      return freeSpot(store.getState().design.devices.map((d) => d.position), { x: Math.round(p.x - 90), y: Math.round(p.y - 50) });
    };
    /** Pans (keeping the zoom) so a node at `p` is in view, when it is not. */
    const reveal = (p: { x: number; y: number }) => {
      const r = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
      if (!r) return;
      const a = rf.screenToFlowPosition({ x: r.left, y: r.top });
      const b = rf.screenToFlowPosition({ x: r.right, y: r.bottom });
      if (p.x >= a.x && p.y >= a.y && p.x + 180 <= b.x && p.y + 100 <= b.y) return;
      void rf.setCenter(p.x + 90, p.y + 50, { zoom: rf.getZoom() });
    };
    /** Adds a device (at the canvas center unless given), selects it and returns its id. */
    const add = (catalogId: string, at?: { x: number; y: number }) => {
      let id = '';
      const pos = at ?? center();
      store.getState().applyDesign((d) => {
        const r = addDevice(d, catalogId, pos);
        id = r.id;
        return r.design;
      }, 'add');
      store.getState().select([id]);
      reveal(pos);
      return id;
    };
    const fit = () => afterLayout(() => void rf.fitView({ padding: 0.1, maxZoom: 1 }));
    /**
     * Auto-layout (ELK loads on the first run). If the design changed while ELK worked, the result is
     * stale: lay out again (ELK is loaded by then) rather than move devices the user just placed.
     */
    const layout = () =>
      runLayout(async () => {
        for (let attempt = 0; attempt < 3; attempt++) {
          const design = store.getState().design;
          const sizes = new Map(rf.getNodes().map((n) => [n.id, { width: n.measured?.width ?? 180, height: n.measured?.height ?? 120 }]));
          const index = derive(design).index;
          const pos = await autoLayout(design, sizes, (id) => index.ports(id).map((p) => p.name));
          if (store.getState().design !== design) continue;
          store.getState().applyDesign((d) => moveInstances(d, pos), 'layout');
          break;
        }
        await new Promise<void>((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(() => r())));
        void rf.fitView({ padding: 0.1, maxZoom: 1 });
      });
    return { center, add, fit, layout, reveal };
  }, [rf, store]);
}
