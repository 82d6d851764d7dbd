import { type ReactFlowState, useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { type PointerEvent as ReactPointerEvent, useState } from 'react';
import { renameGroup } from '../../core/annotations/ops';
import type { Group } from '../../core/design/schema';
import { useDesignStoreApi } from '../store/context';
import { useUi } from '../store/uiStore';
import type { GroupDrag } from './groupDrag';

/** Space between a group's devices and its frame. */
const PAD = 20;
const TITLE = 26;

type Frame = { id: string; name: string; x: number; y: number; w: number; h: number };

/** Frames of the groups from the live node boxes, as one string so the layer re-renders only when a frame moves. */
function framesKey(groups: readonly Group[]) {
  return (s: ReactFlowState): string => {
    const parts: string[] = [];
    for (const g of groups) {
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (const m of g.members) {
        const n = s.nodeLookup.get(m);
        if (!n) continue;
        const p = n.internals.positionAbsolute;
        x0 = Math.min(x0, p.x);
        y0 = Math.min(y0, p.y);
        x1 = Math.max(x1, p.x + (n.measured.width ?? 180));
        y1 = Math.max(y1, p.y + (n.measured.height ?? 100));
      }
      if (x0 !== Infinity) parts.push(`${g.id}|${Math.round(x0 - PAD)}|${Math.round(y0 - PAD - TITLE)}|${Math.round(x1 - x0 + 2 * PAD)}|${Math.round(y1 - y0 + 2 * PAD + TITLE)}`);
    }
    return parts.join(';');
  };
}


/**
 * Named frames around grouped devices, drawn under the nodes. The title is a button: click selects the
 * devices (the inspector shows the group), drag moves them together, double-click or F2 renames.
 */
export default function GroupLayer({ groups, drag }: { groups: readonly Group[]; drag: GroupDrag }) {
  const key = useStore(framesKey(groups));
  const byId = new Map(groups.map((g) => [g.id, g]));
  const frames: Frame[] = key
    ? key.split(';').map((p) => {
        const [id, x, y, w, h] = p.split('|') as [string, string, string, string, string];
        return { id, name: byId.get(id)?.name ?? '', x: +x, y: +y, w: +w, h: +h };
      })
    : [];
  return (
    <ViewportPortal>
      <div className="group-layer">
        {frames.map((f) => (
          <GroupFrame key={f.id} frame={f} group={byId.get(f.id)!} drag={drag} />
        ))}
      </div>
    </ViewportPortal>
  );
}

function GroupFrame({ frame: f, group, drag }: { frame: Frame; group: Group; drag: GroupDrag }) {
  const store = useDesignStoreApi();
  const flow = useStoreApi();
  const active = useUi((s) => s.activeGroup === group.id);
  const [draft, setDraft] = useState<string | null>(null);
  const pick = () => {
    store.getState().select([...group.members]);
    useUi.getState().setActiveGroup(group.id);
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    const el = e.currentTarget;
    const zoom = flow.getState().transform[2];
    const start = { x: e.clientX, y: e.clientY };
    let moved = false;
    el.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const dx = (ev.clientX - start.x) / zoom;
      const dy = (ev.clientY - start.y) / zoom;
      if (!moved && Math.hypot(dx, dy) * zoom < 3) return;
      moved = true;
      drag.onMove(group, dx, dy);
    };
    const up = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      if (moved) drag.onEnd(group);
      pick();
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
  };
  const commit = () => {
    if (draft !== null && draft.trim() !== group.name) store.getState().applyDesign((d) => renameGroup(d, group.id, draft.trim()), 'rename group');
    setDraft(null);
  };
  return (
    <div className={`group-frame${active ? ' active' : ''}`} style={{ transform: `translate(${f.x}px, ${f.y}px)`, width: f.w, height: f.h }} data-testid={`group-${group.id}`}>
      {draft === null ? (
        <button
          type="button"
          className="group-title nodrag nopan"
          aria-label={`group ${group.name}: ${group.members.length} devices. Enter selects them, F2 renames, drag moves them.`}
          onPointerDown={onPointerDown}
          onDoubleClick={() => setDraft(group.name)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              pick();
            } else if (e.key === 'F2') {
              e.preventDefault();
              setDraft(group.name);
            }
          }}
        >
          {group.name || 'unnamed group'}
        </button>
      ) : (
        <input
          className="group-title-input nodrag nopan"
          aria-label="group name"
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
    </div>
  );
}
