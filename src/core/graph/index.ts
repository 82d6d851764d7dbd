import { type Catalog, argsOf, outputOf } from '../catalog';
import { memoPerDesign } from '../design/memo';
import type { DeviceSpec, PortSpec } from '../catalog/spec';
import type { Design, DeviceInstance, Wire } from '../design/schema';
import { type Ty, renameVars } from '../types/term';

/** Lookup tables over a design, built once per change and shared by inference, validation and codegen. */
export interface GraphIndex {
  design: Design;
  catalog: Catalog;
  byId: ReadonlyMap<string, DeviceInstance>;
  spec(instId: string): DeviceSpec | undefined;
  /** Input ports of an instance (dynamic ports resolved), with variables renamed per instance. */
  ports(instId: string): PortSpec[];
  /**
   * Output type of an instance with variables renamed per instance; null when it has none. `port` names one of
   * the other results of a device that returns several (`lease`); absent = its result.
   */
  output(instId: string, port?: string): Ty | null;
  /** Wires into an instance, by port name. */
  incoming(instId: string): ReadonlyMap<string, Wire[]>;
  /** Wires out of an instance. */
  outgoing(instId: string): readonly Wire[];
}

/** Type variables of an instance are prefixed with its id so instances never share them. */
export const instVar = (instId: string) => (v: string) => `${instId}·${v}`;

/**
 * Indexes a design for fast lookups (pure; O(devices + wires)). Memoised per design object and catalog:
 * validation, inference and every printer of one export share one index (designs are immutable values).
 */
export function indexDesign(design: Design, catalog: Catalog): GraphIndex {
  const byCatalog = indexes(design);
  let index = byCatalog.get(catalog);
  if (!index) byCatalog.set(catalog, (index = buildIndex(design, catalog)));
  return index;
}

const indexes = memoPerDesign(() => new Map<Catalog, GraphIndex>());

function buildIndex(design: Design, catalog: Catalog): GraphIndex {
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const inc = new Map<string, Map<string, Wire[]>>();
  const out = new Map<string, Wire[]>();
  for (const w of design.wires) {
    let m = inc.get(w.to);
    if (!m) inc.set(w.to, (m = new Map()));
    const l = m.get(w.port);
    if (l) l.push(w);
    else m.set(w.port, [w]);
    const o = out.get(w.from);
    if (o) o.push(w);
    else out.set(w.from, [w]);
  }
  const portCache = new Map<string, PortSpec[]>();
  const outCache = new Map<string, Ty | null>();
  const spec = (id: string) => {
    const inst = byId.get(id);
    return inst ? catalog.devices.get(inst.device) : undefined;
  };
  const empty = new Map<string, Wire[]>();
  return {
    design,
    catalog,
    byId,
    spec,
    ports(id) {
      let p = portCache.get(id);
      if (!p) {
        const s = spec(id);
        p = s
          ? argsOf(s, byId.get(id), catalog)
              .filter((a): a is PortSpec => a.role === 'port')
              .map((a) => ({ ...a, type: renameVars(a.type, instVar(id)) }))
          : [];
        portCache.set(id, p);
      }
      return p;
    },
    output(id, port) {
      const key = port === undefined ? id : `${id}\u0000${port}`;
      if (!outCache.has(key)) {
        const s = spec(id);
        const t = !s ? null : port === undefined ? outputOf(s, byId.get(id), catalog) : (s.extraOutputs?.find((o) => o.name === port)?.type ?? null);
        outCache.set(key, t ? renameVars(t, instVar(id)) : null);
      }
      return outCache.get(key)!;
    },
    incoming: (id) => inc.get(id) ?? empty,
    outgoing: (id) => out.get(id) ?? [],
  };
}

/** True when `target` can be reached from `start` following wires forward (used for cycle checks). */
export function reaches(index: GraphIndex, start: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === target) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const w of index.outgoing(n)) stack.push(w.to);
  }
  return false;
}

const topoCache = new WeakMap<GraphIndex, { order: readonly string[]; acyclic: boolean }>();

/** Instances in dependency order (inputs before users); instances on a cycle come last, in file order. Computed once per index. */
export function topoOrder(index: GraphIndex): readonly string[] {
  return topo(index).order;
}

/** True when the wires make no cycle (every instance came out of the dependency order); false may also mean duplicate ids. */
export function acyclic(index: GraphIndex): boolean {
  return topo(index).acyclic;
}

function topo(index: GraphIndex): { order: readonly string[]; acyclic: boolean } {
  let t = topoCache.get(index);
  if (!t) {
    const order = computeTopoOrder(index);
    t = { order, acyclic: sorted.has(order) };
    topoCache.set(index, t);
  }
  return t;
}

/** Orders that sorted every instance (no leftovers appended). */
const sorted = new WeakSet<readonly string[]>();

function computeTopoOrder(index: GraphIndex): string[] {
  const indeg = new Map<string, number>();
  for (const d of index.design.devices) indeg.set(d.id, 0);
  for (const w of index.design.wires) if (indeg.has(w.to) && indeg.has(w.from)) indeg.set(w.to, indeg.get(w.to)! + 1);
  const queue = index.design.devices.filter((d) => indeg.get(d.id) === 0).map((d) => d.id);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    order.push(n);
    for (const w of index.outgoing(n)) {
      if (!indeg.has(w.to)) continue;
      const k = indeg.get(w.to)! - 1;
      indeg.set(w.to, k);
      if (k === 0) queue.push(w.to);
    }
  }
  if (order.length < index.design.devices.length) {
    const done = new Set(order);
    for (const d of index.design.devices) if (!done.has(d.id)) order.push(d.id);
  } else sorted.add(order);
  return order;
}
