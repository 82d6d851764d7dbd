import type { GraphIndex } from '../../core/graph/index';
import type { Inference } from '../../core/graph/infer';
import { type Connection, type ConnectionVerdict, checkConnection } from '../../core/validate/connection';
import { type PendingWire, handleKey } from '../store/uiStore';

/** The connection a drag from `from` to the handle (`instance`, `port` or 'out') would make, if any. */
export function connectionFor(from: PendingWire, instance: string, port: string): Connection | null {
  if (from.side === 'source') return port === 'out' ? null : { from: from.node, to: instance, port };
  if (port !== 'out' || !from.port) return null;
  return { from: instance, to: from.node, port: from.port };
}

/**
 * Every handle a wire dragged from `from` may be dropped on, as `handleKey`s: computed once at drag
 * start with `checkConnection` and one shared inference, so the highlighting is the drop rule.
 */
export function dropTargets(index: GraphIndex, inf: Inference, from: PendingWire): Set<string> {
  const ok = new Set<string>();
  for (const inst of index.design.devices) {
    if (from.side === 'source') {
      for (const p of index.ports(inst.id)) {
        if (checkConnection(index, { from: from.node, to: inst.id, port: p.name }, inf).ok) ok.add(handleKey(inst.id, p.name));
      }
    } else if (from.port && index.output(inst.id)) {
      if (checkConnection(index, { from: inst.id, to: from.node, port: from.port }, inf).ok) ok.add(handleKey(inst.id, 'out'));
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
  const handles = from.side === 'source' ? index.ports(instance).map((p) => p.name) : ['out'];
  let first: Extract<ConnectionVerdict, { ok: false }> | null = null;
  for (const h of handles) {
    const conn = connectionFor(from, instance, h);
    if (!conn) continue;
    const v = checkConnection(index, conn, inf);
    if (v.ok) return { ok: true, conn };
    first ??= v;
  }
  return { ok: false, verdict: first };
}
