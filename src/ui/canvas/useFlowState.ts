import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { placeNotes } from '../../core/annotations/ops';
import type { Group } from '../../core/design/schema';
import { moveInstances } from '../../core/graph/ops';
import { useDesignStoreApi } from '../store/context';
import type { Derived } from '../store/derived';
import type { DeviceNodeType } from './DeviceNode';
import { buildEdges, buildNodes } from './flowModel';
import type { GroupDrag } from './groupDrag';
import { buildNoteNodes, noteIdOf, pinTarget } from './noteModel';
import type { NoteNodeType } from './NoteNode';
import type { TypedEdgeType } from './TypedEdge';

export type AppNode = DeviceNodeType | NoteNodeType;

type Pos = { x: number; y: number };
type Sized = { id: string; position: Pos; measured?: { width?: number; height?: number } };
const box = (n: Sized) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.measured?.width ?? 180, height: n.measured?.height ?? 110 });

/**
 * The React Flow state of the canvas: nodes (devices, then notes) and edges mapped incrementally from
 * the design; drag positions live here and are committed to the design when a drag ends. Notes dropped
 * on or next to a device are pinned to it.
 */
export function useFlowState(derived: Derived, selected: ReadonlySet<string>) {
  const store = useDesignStoreApi();
  const [nodes, setNodes] = useState<AppNode[]>([]);
  const [edges, setEdges] = useState<TypedEdgeType[]>([]);
  const live = useRef<AppNode[]>(nodes);
  live.current = nodes;

  useLayoutEffect(
    () =>
      setNodes((prev) => {
        // Notes come after the devices; without any, the device nodes are used as they are (no copy).
        const split = prev.length && prev[prev.length - 1]!.type === 'note' ? prev.findIndex((n) => n.type === 'note') : prev.length;
        const devices = (split === prev.length ? prev : prev.slice(0, split)) as DeviceNodeType[];
        const notes = prev.slice(split) as NoteNodeType[];
        const d = buildNodes(devices, derived, selected);
        const n = buildNoteNodes(notes, derived.design, selected);
        return n.length ? [...d, ...n] : d;
      }),
    [derived, selected],
  );
  useLayoutEffect(() => setEdges((prev) => buildEdges(prev, derived)), [derived]);

  /** Commits moved nodes: devices move, notes move and are pinned to the device they now sit on or beside. */
  const commit = useCallback(
    (moved: readonly Sized[]) => {
      // Keyed by instance ids, which may be `__proto__`: no prototype.
      const devices: Record<string, Pos> = Object.create(null) as Record<string, Pos>;
      const notes: Record<string, { position: Pos; attach: string | null }> = Object.create(null) as Record<string, { position: Pos; attach: string | null }>;
      const deviceBoxes = live.current.filter((n) => n.type === 'device').map(box);
      for (const n of moved) {
        const noteId = noteIdOf(n.id);
        if (noteId === null) devices[n.id] = n.position;
        else notes[noteId] = { position: n.position, attach: pinTarget(box(n), deviceBoxes) };
      }
      store.getState().applyDesign((d) => placeNotes(moveInstances(d, devices), notes), 'move');
    },
    [store],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<AppNode>[]) => {
      setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type !== 'remove'), ns));
      // Keyboard moves (arrow keys on a focused node) end without a drag: commit them right away.
      const moved = changes.filter((c) => c.type === 'position' && c.position && c.dragging === false);
      if (moved.length) commit(moved.map((c) => (c.type === 'position' ? { id: c.id, position: c.position!, measured: live.current.find((n) => n.id === c.id)?.measured } : { id: '', position: { x: 0, y: 0 } })));
      const sel = changes.filter((c) => c.type === 'select');
      if (!sel.length) return;
      const next = new Set(store.getState().selected);
      for (const c of sel) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      store.getState().select([...next]);
    },
    [store, commit],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<TypedEdgeType>[]) => setEdges((es) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), es)),
    [],
  );
  const onNodeDragStop = useCallback((_e: MouseEvent | TouchEvent, _n: AppNode, dragged: AppNode[]) => commit(dragged), [commit]);

  // Dragging a group's title moves its devices together: live here, committed at the end.
  const groupDrag = useMemo<GroupDrag>(() => {
    let start: Map<string, Pos> | null = null;
    return {
      onMove(g: Group, dx: number, dy: number) {
        const members = new Set(g.members);
        start ??= new Map(store.getState().design.devices.filter((d) => members.has(d.id)).map((d) => [d.id, d.position]));
        const from = start;
        setNodes((ns) => ns.map((n) => (from.has(n.id) ? { ...n, position: { x: Math.round(from.get(n.id)!.x + dx), y: Math.round(from.get(n.id)!.y + dy) } } : n)));
      },
      onEnd(g: Group) {
        const members = new Set(g.members);
        start = null;
        commit(live.current.filter((n) => members.has(n.id)));
      },
    };
  }, [store, commit]);

  return { nodes, edges, onNodesChange, onEdgesChange, onNodeDragStop, groupDrag };
}
