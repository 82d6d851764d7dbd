import { Background, BackgroundVariant, ReactFlow, useNodesInitialized, useReactFlow, useStore } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './annotate.css';
import { type DragEvent, type KeyboardEvent as ReactKeyboardEvent, lazy, type MouseEvent as ReactMouseEvent, Suspense, useCallback, useEffect, useMemo } from 'react';
import { useDesignStore, useDesignStoreApi } from '../store/context';
import { useDerivedFirst } from '../store/derived';
import { DEVICE_MIME, useUi } from '../store/uiStore';
import { markCanvasDrawn, useCanvasDrawn } from '../startup';
import { DeviceNode } from './DeviceNode';
import { LowZoomContext, lowZoom } from './lod';
import FindBar from './FindBar';
import { LayoutProgress } from './LayoutProgress';
import { NoteNode } from './NoteNode';
import { noteNodeId } from './noteModel';
import { TypedEdge } from './TypedEdge';
import { type AppNode, useFlowState } from './useFlowState';
import type { TypedEdgeType } from './TypedEdge';
import { useCanvasCommands } from './useCanvasCommands';
import { useShortcuts } from '../keys/useShortcuts';
import { dialogOpen, isTyping } from '../keys/typing';
import { useWiring } from './useWiring';
import { boundsOf, fitOpened, revealRect } from './viewport';

const nodeTypes = { device: DeviceNode, note: NoteNode };
// Loaded when first needed: most designs have no groups. (Find is not lazy: what is typed right after
// Ctrl+F must land in its field.)
const GroupLayer = lazy(() => import('./GroupLayer'));
const edgeTypes = { typed: TypedEdge };
// Constant props: a new array per render would update React Flow's store (and its thousands of listeners) on every drag frame.
const SNAP_GRID: [number, number] = [16, 16];
const MULTI_SELECT = ['Shift', 'Meta', 'Control'];

/** Marks the canvas drawn once its first nodes are measured and painted (mounted only until then: the check runs on every node change). */
function FirstDraw() {
  const measured = useNodesInitialized();
  useEffect(() => {
    let frame = 0;
    const done = () => (frame = requestAnimationFrame(() => (frame = requestAnimationFrame(markCanvasDrawn))));
    if (measured) done();
    const timer = setTimeout(markCanvasDrawn, 1000);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [measured]);
  return null;
}

/** The typed canvas: devices and notes as nodes, wires as typed edges, group frames; the design store is the source of truth. */
export function Canvas() {
  const store = useDesignStoreApi();
  // An edit first updates the inspector and code (urgent), then the 1,000 nodes (interruptible); a loaded design is drawn first.
  const derived = useDerivedFirst('canvas');
  const selected = useDesignStore((s) => s.selected);
  const focusRequest = useDesignStore((s) => s.focusRequest);
  const groups = derived.design.groups;
  const findOpen = useUi((s) => s.findOpen);
  const selSet = useMemo(() => new Set(selected), [selected]);
  const flow = useFlowState(derived, selSet);
  const rf = useReactFlow();
  const low = useStore(lowZoom);
  const wiring = useWiring();
  const commands = useCanvasCommands();
  const drawn = useCanvasDrawn();
  useShortcuts(commands);

  // A design shown for the first time opens at a readable zoom.
  useEffect(() => fitOpened(rf), [rf]);

  useEffect(() => {
    if (!focusRequest) return;
    const inst = store.getState().design.devices.find((d) => d.id === focusRequest.id);
    if (inst) void rf.setCenter(inst.position.x + 90, inst.position.y + 60, { zoom: Math.max(rf.getZoom(), 0.92), duration: 300 });
  }, [focusRequest, rf, store]);

  // Newly added devices and notes are brought into view once they are on the canvas (measured).
  const reveal = useUi((s) => s.reveal);
  useEffect(() => {
    if (!reveal) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      // Positions from the design (the canvas may not have drawn the new nodes yet), sizes once measured.
      const d = store.getState().design;
      const ids = new Set(reveal.ids);
      const placed = [...d.devices.map((x) => ({ id: x.id, position: x.position })), ...(d.notes ?? []).map((n) => ({ id: noteNodeId(n.id), position: n.position }))];
      const b = boundsOf(placed.filter((n) => ids.has(n.id)).map((n) => ({ position: n.position, measured: rf.getNode(n.id)?.measured })));
      if (b) revealRect(rf, b);
      // Keyboard flows go on from the new device (Tab reaches its ports): focus it once it is on screen.
      // Not when the user has moved on meanwhile (a dialog opened, typing in a field).
      if (reveal.focus)
        timer = setTimeout(() => {
          if (!dialogOpen() && !isTyping(document.activeElement)) document.querySelector<HTMLElement>(reveal.focus!)?.focus({ preventScroll: true });
        }, 260);
    };
    const raf = requestAnimationFrame(() => requestAnimationFrame(show));
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [reveal, rf, store]);

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
  // Enter (or Space) on a focused port: the wire picker, listing what a drag from there would light up.
  const onKeyDown = (e: ReactKeyboardEvent) => {
    const h = (e.target as HTMLElement).closest?.('.react-flow__handle');
    if (!h || (e.key !== 'Enter' && e.key !== ' ')) return;
    const node = h.getAttribute('data-nodeid');
    const port = h.getAttribute('data-handleid');
    if (!node || !port) return;
    e.preventDefault();
    e.stopPropagation();
    commands.openAdd(h.classList.contains('source') ? { node, side: 'source', port: port === 'out' ? null : port } : { node, side: 'target', port });
  };

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} onDoubleClick={onDoubleClick} onKeyDownCapture={onKeyDown}>
      <LowZoomContext.Provider value={low}>
        <ReactFlow<AppNode, TypedEdgeType>
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={flow.onNodesChange}
          onEdgesChange={flow.onEdgesChange}
          onNodeDragStop={flow.onNodeDragStop}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          onConnectStart={wiring.onConnectStart}
          onConnectEnd={wiring.onConnectEnd}
          onConnect={wiring.onConnect}
          isValidConnection={wiring.isValidConnection}
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          multiSelectionKeyCode={MULTI_SELECT}
          snapToGrid
          snapGrid={SNAP_GRID}
          // Zoomed in, only what is on screen is mounted; zoomed out, the light nodes are cheap and mounting
          // them all avoids mounting/unmounting dozens per frame while panning.
          onlyRenderVisibleElements={!low}
          minZoom={0.05}
          maxZoom={2.5}
          colorMode="system"
          aria-label="Design canvas"
        >
          {/* The dot grid only when zoomed in enough to see it (far out it is a dense, costly pattern). */}
          {!low && <Background variant={BackgroundVariant.Dots} gap={16} size={1} />}
          {!drawn && <FirstDraw />}
          {groups && groups.length > 0 && (
            <Suspense fallback={null}>
              <GroupLayer groups={groups} drag={flow.groupDrag} />
            </Suspense>
          )}
        </ReactFlow>
      </LowZoomContext.Provider>
      {findOpen && <FindBar />}
      <LayoutProgress />
    </div>
  );
}
