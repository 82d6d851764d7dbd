import { catalogFor } from '../../core/catalog';
import type { Design } from '../../core/design/schema';
import { indexDesign } from '../../core/graph/index';
import { addDevice, connect } from '../../core/graph/ops';
import { outputHandles } from '../canvas/candidates';
import type { PendingWire } from '../store/uiStore';

/**
 * Adds `catalogId` at `at` (top left, see `spotFor`/`spotBeside`) and, when a wire was dangling, wires it in
 * with `connect` (so `checkConnection` decides): from an output, into the first port of the new device that
 * accepts it (required ports first; `pending.port` names which output of several); from an input port, the new
 * device's first output that port takes (its result, then its other results).
 */
export function addWired(
  d: Design,
  catalogId: string,
  at: { x: number; y: number },
  pending: PendingWire | null,
): { design: Design; id: string; error: string | null } {
  const r = addDevice(d, catalogId, at);
  if (!pending) return { ...r, error: null };
  const index = indexDesign(r.design, catalogFor(r.design.mirage));
  let error: string | null = null;
  if (pending.side === 'target') {
    const port = pending.port;
    if (!port) return { ...r, error: null };
    // The result first, then the other results (`lease`): the first one the port takes.
    for (const h of outputHandles(index, r.id)) {
      const c = connect(r.design, { from: r.id, to: pending.node, port, ...(h !== 'out' ? { fromPort: h } : {}) });
      if ('design' in c) return { design: c.design, id: r.id, error: null };
      error ??= c.error.reason;
    }
    return { ...r, error: error ?? `\`${catalogId}\` gives nothing to wire.` };
  }
  const ports = index.ports(r.id);
  const ordered = [...ports.filter((p) => p.kind !== 'optional'), ...ports.filter((p) => p.kind === 'optional')];
  for (const p of ordered) {
    const c = connect(r.design, { from: pending.node, to: r.id, port: p.name, ...(pending.port ? { fromPort: pending.port } : {}) });
    if ('design' in c) return { design: c.design, id: r.id, error: null };
    error ??= c.error.reason;
  }
  return { ...r, error: error ?? `\`${catalogId}\` has no input port.` };
}
