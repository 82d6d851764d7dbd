import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  type NodeChange,
  type EdgeChange,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type DragEvent, type MouseEvent as ReactMouseEvent, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { moveInstances } from '../../core/graph/ops';
import { useDesignStore, useDesignStoreApi } from '../store/context';
import { useDerived } from '../store/derived';
import { DEVICE_MIME, useUi } from '../store/uiStore';
import { DeviceNode, type DeviceNodeType } from './DeviceNode';
import { LowZoomContext, lowZoom } from './lod';
import { buildEdges, buildNodes, positionsOf } from './flowModel';
import { TypedEdge, type TypedEdgeType } from './TypedEdge';
import { useCanvasCommands } from './useCanvasCommands';
import { useShortcuts } from './useShortcuts';
import { useWiring } from './useWiring';

const nodeTypes = { device: DeviceNode };
const minimapColor = (n: DeviceNodeType) => n.data.view.out?.color ?? 'var(--ty-unknown)';
const edgeTypes = { typed: TypedEdge };


/** The typed canvas: devices as nodes, wires as typed edges; the design store is the source of truth. */
export function Canvas() {
  const store = useDesignStoreApi();
  // Deferred: an edit first updates the inspector and code (urgent), then the 1,000 nodes (interruptible).
  const derived = useDeferredValue(useDerived());
  const selected = useDesignStore((s) => s.selected);
  const focusRequest = useDesignStore((s) => s.focusRequest);
  const selSet = useMemo(() => new Set(selected), [selected]);
  const [nodes, setNodes] = useState<DeviceNodeType[]>([]);
  const [edges, setEdges] = useState<TypedEdgeType[]>([]);
  const rf = useReactFlow();
  const low = useStore(lowZoom);
  const wiring = useWiring();
  const commands = useCanvasCommands();
  useShortcuts();

  useLayoutEffect(() => setNodes((prev) => buildNodes(prev, derived, selSet)), [derived, selSet]);
  useLayoutEffect(() => setEdges((prev) => buildEdges(prev, derived)), [derived]);

  useEffect(() => {
    if (!focusRequest) return;
    const inst = store.getState().design.devices.find((d) => d.id === focusRequest.id);
    if (inst) void rf.setCenter(inst.position.x + 90, inst.position.y + 60, { zoom: Math.max(rf.getZoom(), 0.9), duration: 300 });
  }, [focusRequest, rf, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<DeviceNodeType>[]) => {
      setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type !== 'remove'), ns));
      // Keyboard moves (arrow keys on selected nodes) end without a drag: commit them right away.
      const moved = changes.filter((c) => c.type === 'position' && c.position && c.dragging === false);
      if (moved.length) {
        const pos: Record<string, { x: number; y: number }> = Object.create(null) as Record<string, { x: number; y: number }>;
        for (const c of moved) if (c.type === 'position' && c.position) pos[c.id] = c.position;
        store.getState().applyDesign((d) => moveInstances(d, pos), 'move');
      }
      const sel = changes.filter((c) => c.type === 'select');
      if (!sel.length) return;
      const next = new Set(store.getState().selected);
      for (const c of sel) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      store.getState().select([...next]);
    },
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<TypedEdgeType>[]) => setEdges((es) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), es)),
    [],
  );
  const onNodeDragStop = useCallback(
    (_e: MouseEvent | TouchEvent, _n: DeviceNodeType, dragged: DeviceNodeType[]) =>
      store.getState().applyDesign((d) => moveInstances(d, positionsOf(dragged)), 'move'),
    [store],
  );

  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(DEVICE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (e: DragEvent) => {
    const id = e.dataTransfer.getData(DEVICE_MIME);
    if (!id) return;
    e.preventDefault();
    const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    commands.add(id, { x: Math.round(p.x - 20), y: Math.round(p.y - 20) });
  };
  const moving = useCallback((on: boolean) => document.querySelector('.canvas')?.classList.toggle('moving', on), []);
  // Only user pans/zooms (with an event): programmatic moves (auto-pan while dragging a node, fit) come
  // in start/end pairs every frame, and toggling the class each time restyles every node.
  const onMoveStart = useCallback((e: MouseEvent | TouchEvent | null) => void (e && moving(true)), [moving]);
  const onMoveEnd = useCallback(() => moving(false), [moving]);
  const onDoubleClick = (e: ReactMouseEvent) => {
    if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
    useUi.getState().openQuickAdd(rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} onDoubleClick={onDoubleClick}>
      <LowZoomContext.Provider value={low}>
      <ReactFlow<DeviceNodeType, TypedEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        onConnectStart={wiring.onConnectStart}
        onConnectEnd={wiring.onConnectEnd}
        onConnect={wiring.onConnect}
        isValidConnection={wiring.isValidConnection}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        snapToGrid
        snapGrid={[16, 16]}
        // Zoomed in, only what is on screen is mounted; zoomed out, the light nodes are cheap and mounting
        // them all avoids mounting/unmounting dozens per frame while panning.
        onlyRenderVisibleElements={!low}
        minZoom={0.05}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.08, minZoom: 0.5, maxZoom: 1 }}
        colorMode="system"
        aria-label="Design canvas"
      >
        {/* The dot grid only when zoomed in enough to see it (far out it is a dense, costly pattern). */}
        {!low && <Background variant={BackgroundVariant.Dots} gap={16} size={1} />}
        <Controls showInteractive={false} />
        <MiniMap<DeviceNodeType> pannable zoomable ariaLabel="Minimap" nodeColor={minimapColor} />
      </ReactFlow>
      </LowZoomContext.Provider>
    </div>
  );
}
