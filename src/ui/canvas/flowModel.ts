import { mirageTypeName } from '../../core/types/show';
import type { Derived } from '../store/derived';
import { typeColor } from '../theme/typeColor';
import type { DeviceNodeType } from './DeviceNode';
import { type NodeView, nodeView, sameView } from './nodeView';
import type { TypedEdgeType } from './TypedEdge';

/**
 * Incremental design → React Flow mapping. Node and edge objects are reused when nothing they show
 * changed, so a design change touching one device re-renders one node, not a thousand.
 */
export function buildNodes(
  prev: readonly DeviceNodeType[],
  derived: Derived,
  selected: ReadonlySet<string>,
): DeviceNodeType[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  const { design } = derived;
  const index = derived.index;
  const inf = derived.inference;
  const diags = derived.byInstance;
  return design.devices.map((inst) => {
    const old = byId.get(inst.id);
    let view: NodeView = nodeView(index, inf, inst, diags.get(inst.id));
    if (old && sameView(old.data.view, view)) view = old.data.view;
    const sel = selected.has(inst.id);
    if (old && old.data.view === view && old.position.x === inst.position.x && old.position.y === inst.position.y && !!old.selected === sel)
      return old;
    return {
      ...(old ?? {}),
      id: inst.id,
      type: 'device',
      position: inst.position,
      data: old && old.data.view === view ? old.data : { view },
      selected: sel,
    };
  });
}

/** Edges for the wires, colored by the resolved type of the source output; selection kept from `prev`. */
export function buildEdges(prev: readonly TypedEdgeType[], derived: Derived): TypedEdgeType[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const { design } = derived;
  const inf = derived.inference;
  return design.wires.map((w) => {
    const t = inf.outputType(w.from);
    const color = typeColor(t);
    const type = t ? mirageTypeName(t, design.mirage) : '?';
    const old = byId.get(w.id);
    if (old && old.source === w.from && old.target === w.to && old.targetHandle === w.port && old.data?.color === color && old.data.type === type)
      return old;
    return {
      id: w.id,
      source: w.from,
      target: w.to,
      sourceHandle: 'out',
      targetHandle: w.port,
      type: 'typed',
      data: { color, type },
      selected: old?.selected ?? false,
      ariaLabel: `wire from ${w.from} to ${w.to} ${w.port}`,
    };
  });
}

/** Design positions for the given nodes (used when a drag ends). */
export function positionsOf(nodes: readonly { id: string; position: { x: number; y: number } }[]): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  for (const n of nodes) out[n.id] = n.position;
  return out;
}
