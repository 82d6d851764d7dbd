/**
 * The benchmark's baseline: a bare `@xyflow/react` page with default nodes and edges (no custom node, no
 * minimap, no controls, no background), controlled the way the React Flow docs show (`applyNodeChanges`).
 * The canvas has the size the bench gives in the URL (`?w=…&h=…`, the app's canvas size) and the app's zoom
 * limits (so the same viewport can be set in both). `window.__bareLoad(design)` shows a design's devices as
 * nodes at their positions and its wires as edges; `window.__bareFlow` is the React Flow instance.
 */
import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  ReactFlow,
  type ReactFlowInstance,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface BenchDesign {
  devices: { id: string; name: string; device: string; position: { x: number; y: number } }[];
  wires: { id: string; from: string; to: string }[];
}

type BareWindow = Window & { __bareLoad?: (d: BenchDesign) => void; __bareFlow?: ReactFlowInstance };

const q = new URLSearchParams(location.search);
const width = Number(q.get('w') ?? 900);
const height = Number(q.get('h') ?? 600);

function Bare() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const rf = useReactFlow();
  useEffect(() => {
    const w = window as BareWindow;
    w.__bareFlow = rf;
    w.__bareLoad = (d) => {
      setNodes(d.devices.map((x) => ({ id: x.id, position: x.position, data: { label: x.name || x.device } })));
      setEdges(d.wires.map((x) => ({ id: x.id, source: x.from, target: x.to })));
    };
  }, [rf]);
  const onNodesChange = useCallback((c: NodeChange[]) => setNodes((ns) => applyNodeChanges(c, ns)), []);
  const onEdgesChange = useCallback((c: EdgeChange[]) => setEdges((es) => applyEdgeChanges(c, es)), []);
  return (
    <div style={{ width, height }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} minZoom={0.05} maxZoom={2.5} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
