import type { GraphIndex } from '../../core/graph/index';
import type { Inference } from '../../core/graph/infer';
import { type Connection, type ConnectionVerdict, checkConnection } from '../../core/validate/connection';
import { type PendingWire, handleKey } from '../store/uiStore';

/** The output handles of an instance: `out` (its result) when it has one, then one per other result (`lease`). */
export function outputHandles(index: GraphIndex, instance: string): string[] {
  const extra = index.spec(instance)?.extraOutputs?.map((o) => o.name) ?? [];
  return index.output(instance) ? ['out', ...extra] : extra;
}

/** The `fromPort` of a connection leaving output handle `handle` (absent for `out`, the result). */
const fromPortOf = (handle: string | null | undefined) => (handle && handle !== 'out' ? { fromPort: handle } : {});

/**
 * The connection a drag from `from` to handle `handle` of `instance` would make, if any: `side` says whether
 * that handle is an input ('target') or an output ('source': `out` or one of several results).
 */
export function connectionFor(from: PendingWire, instance: string, handle: string, side: 'source' | 'target'): Connection | null {
  if (from.side === 'source') return side === 'target' ? { from: from.node, to: instance, port: handle, ...fromPortOf(from.port) } : null;
  if (side !== 'source' || !from.port) return null;
  return { from: instance, to: from.node, port: from.port, ...fromPortOf(handle) };
}

/**
 * Every handle a wire dragged from `from` may be dropped on, as `handleKey`s: computed once at drag
 * start with `checkConnection` and one shared inference, so the highlighting is the drop rule.
 */
export function dropTargets(index: GraphIndex, inf: Inference, from: PendingWire): Set<string> {
  const ok = new Set<string>();
  for (const inst of index.design.devices) {
    const handles = from.side === 'source' ? index.ports(inst.id).map((p) => p.name) : outputHandles(index, inst.id);
    const side = from.side === 'source' ? 'target' : 'source';
    for (const h of handles) {
      const conn = connectionFor(from, inst.id, h, side);
      if (conn && checkConnection(index, conn, inf).ok) ok.add(handleKey(inst.id, h));
    }
  }
  return ok;
}

/** When a wire is dropped on a node body: the first port (or output) it fits, else the first refusal. */
export function bestDrop(
  index: GraphIndex,
  inf: Inference,
  from: PendingWire,
  instance: string,
): { ok: true; conn: Connection } | { ok: false; verdict: Extract<ConnectionVerdict, { ok: false }> | null } {
  const handles = from.side === 'source' ? index.ports(instance).map((p) => p.name) : outputHandles(index, instance);
  const side = from.side === 'source' ? 'target' : 'source';
  let first: Extract<ConnectionVerdict, { ok: false }> | null = null;
  for (const h of handles) {
    const conn = connectionFor(from, instance, h, side);
    if (!conn) continue;
    const v = checkConnection(index, conn, inf);
    if (v.ok) return { ok: true, conn };
    first ??= v;
  }
  return { ok: false, verdict: first };
}
