import { type DesignShot, designShot, movedOnly } from '../../core/design/memo';
import type { Derived } from '../store/derived';
import { typeColor } from '../theme/typeColor';
import type { DeviceNodeType } from './DeviceNode';
import { type NodeView, nodeView, outputType, sameView, typeName } from './nodeView';
import type { TypedEdgeType } from './TypedEdge';

/**
 * Incremental design → React Flow mapping. Node and edge objects are reused when nothing they show
 * changed, so a design change touching one device re-renders one node, not a thousand.
 */
const viewCache = new WeakMap<Derived, ReadonlyMap<string, NodeView>>();
let lastViews: ReadonlyMap<string, NodeView> = new Map();
let lastShot: DesignShot | null = null;

/** The node views of a design, computed once per derived state; unchanged views keep their identity (all of them when devices only moved). */
export function nodeViews(derived: Derived): ReadonlyMap<string, NodeView> {
  const hit = viewCache.get(derived);
  if (hit) return hit;
  const moved = lastShot !== null && movedOnly(lastShot, derived.design);
  lastShot = designShot(derived.design);
  if (moved) {
    viewCache.set(derived, lastViews);
    return lastViews;
  }
  const { index, inference, byInstance } = derived;
  const out = new Map<string, NodeView>();
  for (const inst of derived.design.devices) {
    const v = nodeView(index, inference, inst, byInstance.get(inst.id));
    const old = lastViews.get(inst.id);
    out.set(inst.id, old && sameView(old, v) ? old : v);
  }
  viewCache.set(derived, out);
  lastViews = out;
  return out;
}

export function buildNodes(
  prev: readonly DeviceNodeType[],
  derived: Derived,
  selected: ReadonlySet<string>,
): DeviceNodeType[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  const views = nodeViews(derived);
  return derived.design.devices.map((inst) => {
    const old = byId.get(inst.id);
    const view = views.get(inst.id)!;
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
      ariaLabel: `${view.device} ${view.name}${view.diag ? `, ${view.diag.count} problem${view.diag.count > 1 ? 's' : ''}` : ''}`,
    };
  });
}

/** Edges for the wires, colored by the resolved type of the source output; selection kept from `prev`. */
export function buildEdges(prev: readonly TypedEdgeType[], derived: Derived): TypedEdgeType[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const { design } = derived;
  const { index, inference } = derived;
  return design.wires.map((w) => {
    // The wire leaves the output it takes: the result (`out`) or one of several (`lease`).
    const handle = w.fromPort ?? 'out';
    const t = outputType(index, inference, w.from, w.fromPort);
    const color = typeColor(t);
    const type = t ? typeName(t, design.mirage) : '?';
    const old = byId.get(w.id);
    if (old && old.source === w.from && old.sourceHandle === handle && old.target === w.to && old.targetHandle === w.port && old.data?.color === color && old.data.type === type)
      return old;
    return {
      id: w.id,
      source: w.from,
      target: w.to,
      sourceHandle: handle,
      targetHandle: w.port,
      type: 'typed',
      data: { color, type },
      selected: old?.selected ?? false,
      ariaLabel: `wire from ${w.from}${w.fromPort !== undefined ? ` ${w.fromPort}` : ''} to ${w.to} ${w.port}`,
    };
  });
}

/** Design positions for the given nodes (used when a drag ends). */
export function positionsOf(nodes: readonly { id: string; position: { x: number; y: number } }[]): Record<string, { x: number; y: number }> {
  // Keyed by instance ids, which may be `__proto__`: no prototype.
  const out: Record<string, { x: number; y: number }> = Object.create(null) as Record<string, { x: number; y: number }>;
  for (const n of nodes) out[n.id] = n.position;
  return out;
}
