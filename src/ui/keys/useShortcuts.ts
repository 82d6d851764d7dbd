import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { removeNotes } from '../../core/annotations/ops';
import { disconnect, removeInstances } from '../../core/graph/ops';
import type { CanvasCommands } from '../canvas/useCanvasCommands';
import { type Clip, copySelection, pasteClip } from '../canvas/clipboard';
import { noteIdOf } from '../canvas/noteModel';
import { useDesignStoreApi } from '../store/context';
import { useUi } from '../store/uiStore';
import { bindingFor, type CommandId } from './bindings';
import { dialogOpen, isTyping } from './typing';

let clip: Clip | null = null;
let pasteCount = 0;

const ARROWS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/** True when keys go to the canvas: focus on the page itself or inside the canvas (not on a panel's control). */
const onCanvas = (t: EventTarget | null) => t === document.body || t === null || !!(t as Element).closest?.('.canvas');

/**
 * The editor's keyboard shortcuts (`bindings.ts`), dispatched from one window listener. Nothing fires while
 * a text field or the code editor has focus, or while a dialog is open; keys a focused node, wire or
 * port already handled (default prevented) are left alone.
 */
export function useShortcuts(cmd: CanvasCommands) {
  const store = useDesignStoreApi();
  const rf = useReactFlow();
  useEffect(() => {
    const run = (id: CommandId, e: KeyboardEvent): boolean => {
      const s = store.getState();
      const t = store.temporal.getState();
      const devices = () => {
        const ids = new Set(s.design.devices.map((d) => d.id));
        return s.selected.filter((x) => ids.has(x));
      };
      switch (id) {
        case 'add':
          cmd.openAdd();
          return true;
        case 'wireOut': {
          const [one, ...more] = devices();
          if (!one || more.length) return false;
          cmd.openAdd({ node: one, side: 'source', port: null });
          return true;
        }
        case 'note':
          cmd.note();
          return true;
        case 'group':
          return cmd.group();
        case 'ungroup':
          cmd.ungroupSelected();
          return true;
        case 'rename': {
          const [one, ...more] = devices();
          const el = one && !more.length ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(one)}"] .dn-name`) : null;
          if (!el) return false;
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'F2', bubbles: true }));
          return true;
        }
        case 'delete': {
          const wires = rf.getEdges().filter((x) => x.selected).map((x) => x.id);
          const notes = s.selected.map(noteIdOf).filter((x): x is string => x !== null);
          if (!s.selected.length && !wires.length) return false;
          s.applyDesign((d) => removeNotes(removeInstances(disconnect(d, wires), s.selected), notes), 'delete');
          s.select([]);
          return true;
        }
        case 'copy': {
          const c = copySelection(s.design, s.selected);
          if (c) {
            clip = c;
            pasteCount = 0;
          }
          return false; // let the browser copy too
        }
        case 'cut': {
          const c = copySelection(s.design, s.selected);
          if (!c) return false;
          clip = c;
          pasteCount = -1;
          s.applyDesign((d) => removeInstances(d, s.selected), 'cut');
          s.select([]);
          return true;
        }
        case 'paste':
        case 'duplicate': {
          const c = id === 'duplicate' ? copySelection(s.design, s.selected) : clip;
          if (!c) return false;
          const step = id === 'duplicate' ? 1 : ++pasteCount;
          let ids: string[] = [];
          s.applyDesign((d) => {
            const r = pasteClip(d, c, step);
            ids = r.ids;
            return r.design;
          }, id);
          s.select(ids);
          useUi.getState().revealIds(ids);
          return true;
        }
        case 'selectAll':
          s.select(s.design.devices.map((x) => x.id));
          return true;
        case 'clear':
          if (useUi.getState().findOpen) useUi.getState().setFind(false);
          s.select([]);
          useUi.getState().setActiveGroup(null);
          return false;
        case 'undo':
          t.undo();
          return true;
        case 'redo':
          t.redo();
          return true;
        case 'find':
          useUi.getState().setFind(true);
          return true;
        case 'zoomIn':
          cmd.zoomIn();
          return true;
        case 'zoomOut':
          cmd.zoomOut();
          return true;
        case 'fit':
          cmd.fit();
          return true;
        case 'fitSelection':
          cmd.fitSelection();
          return true;
        case 'layout':
          void cmd.layout();
          return true;
        case 'picture':
          useUi.getState().setDialog('picture');
          return true;
        case 'help':
          useUi.getState().setDialog('shortcuts');
          return true;
        case 'moveOrPan': {
          if (!onCanvas(e.target)) return false;
          const [dx, dy] = ARROWS[e.key]!;
          const f = e.shiftKey ? 4 : 1;
          if (s.selected.length) cmd.nudge(dx * f, dy * f);
          else cmd.pan(dx * f, dy * f);
          return true;
        }
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || dialogOpen()) return;
      const b = bindingFor(e);
      if (b && run(b.command, e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, rf, cmd]);
}
