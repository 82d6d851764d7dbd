import type { Connection as RfConnection, Edge, FinalConnectionState, OnConnectStartParams } from '@xyflow/react';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { connect } from '../../core/graph/ops';
import { type Connection, checkConnection } from '../../core/validate/connection';
import { useDesignStoreApi } from '../store/context';
import { derive } from '../store/derived';
import { type PendingWire, useUi } from '../store/uiStore';
import { bestDrop, connectionFor, dropTargets } from './candidates';

const pointOf = (e: MouseEvent | TouchEvent) => {
  const t = 'changedTouches' in e ? e.changedTouches[0] : undefined;
  return t ? { x: t.clientX, y: t.clientY } : { x: (e as MouseEvent).clientX, y: (e as MouseEvent).clientY };
};

/** Wiring on the canvas: highlighting while dragging, the drop check, refusals shown at the pointer, quick-add on empty canvas. */
export function useWiring() {
  const store = useDesignStoreApi();
  const { screenToFlowPosition } = useReactFlow();

  const tryConnect = useCallback(
    (conn: Connection, at: { x: number; y: number }) => {
      const r = connect(store.getState().design, conn);
      if ('error' in r) useUi.getState().showToast(r.error.reason, at.x, at.y);
      else store.getState().applyDesign(() => r.design, 'connect');
    },
    [store],
  );

  return useMemo(() => {
    // From an output, `port` says which one: null for `out` (the result), else one of several (`lease`).
    const pendingOf = (p: OnConnectStartParams): PendingWire | null =>
      p.nodeId && p.handleType
        ? { node: p.nodeId, side: p.handleType, port: p.handleType === 'target' ? p.handleId : p.handleId && p.handleId !== 'out' ? p.handleId : null }
        : null;
    // React Flow gives a connection source first whichever end the drag started from.
    const connOf = (c: Edge | RfConnection): Connection | null =>
      c.targetHandle ? { from: c.source, to: c.target, port: c.targetHandle, ...(c.sourceHandle && c.sourceHandle !== 'out' ? { fromPort: c.sourceHandle } : {}) } : null;

    const onConnectStart = (_e: MouseEvent | TouchEvent, p: OnConnectStartParams) => {
      const from = pendingOf(p);
      if (!from) return;
      const dv = derive(store.getState().design);
      useUi.getState().setDrag({ from, ok: dropTargets(dv.index, dv.inference, from) });
    };

    const isValidConnection = (c: Edge | RfConnection) => {
      const conn = connOf(c);
      if (!conn) return false;
      const dv = derive(store.getState().design);
      return checkConnection(dv.index, conn, dv.inference).ok;
    };

    const onConnect = (c: RfConnection) => {
      // Valid drops arrive here; the final check happens in `connect`.
      const conn = connOf(c);
      if (conn) tryConnect(conn, { x: 0, y: 0 });
    };

    const onConnectEnd = (e: MouseEvent | TouchEvent, s: FinalConnectionState) => {
      const drag = useUi.getState().drag;
      useUi.getState().setDrag(null);
      if (!drag || s.isValid) return;
      const at = pointOf(e);
      const dv = derive(store.getState().design);
      if (s.toHandle && s.toNode) {
        const conn = connectionFor(drag.from, s.toNode.id, s.toHandle.id ?? 'out', s.toHandle.type);
        const why = conn
          ? checkConnection(dv.index, conn, dv.inference)
          : { ok: false as const, reason: drag.from.side === 'source' ? 'An output goes into an input port (on the left of a device).' : 'An input takes a device output (on the right of a device).' };
        if (!why.ok) useUi.getState().showToast(why.reason, at.x, at.y);
        return;
      }
      const target = document.elementFromPoint(at.x, at.y)?.closest('.react-flow__node');
      const nodeId = target?.getAttribute('data-id');
      if (nodeId) {
        const best = bestDrop(dv.index, dv.inference, drag.from, nodeId);
        if (best.ok) tryConnect(best.conn, at);
        else useUi.getState().showToast(best.verdict?.reason ?? 'That device has no port this wire fits.', at.x, at.y);
        return;
      }
      useUi.getState().openQuickAdd(screenToFlowPosition(at), drag.from);
    };

    return { onConnectStart, onConnectEnd, onConnect, isValidConnection };
  }, [store, screenToFlowPosition, tryConnect]);
}
