import { catalogFor } from '../../core/catalog';
import type { Design } from '../../core/design/schema';
import { indexDesign } from '../../core/graph/index';
import { addDevice, connect } from '../../core/graph/ops';
import type { PendingWire } from '../store/uiStore';

/**
 * Adds `catalogId` at `at` (top left, see `spotFor`/`spotBeside`) and, when a wire was dangling, wires it in
 * with `connect` (so `checkConnection` decides): from an output, into the first port of the new device that
 * accepts it (required ports first); from an input port, the new device's output into that port.
 */
export function addWired(
  d: Design,
  catalogId: string,
  at: { x: number; y: number },
  pending: PendingWire | null,
): { design: Design; id: string; error: string | null } {
  const r = addDevice(d, catalogId, at);
  if (!pending) return { ...r, error: null };
  if (pending.side === 'target') {
    if (!pending.port) return { ...r, error: null };
    const c = connect(r.design, { from: r.id, to: pending.node, port: pending.port });
    return 'design' in c ? { design: c.design, id: r.id, error: null } : { ...r, error: c.error.reason };
  }
  const ports = indexDesign(r.design, catalogFor(r.design.mirage)).ports(r.id);
  const ordered = [...ports.filter((p) => p.kind !== 'optional'), ...ports.filter((p) => p.kind === 'optional')];
  let error: string | null = null;
  for (const p of ordered) {
    const c = connect(r.design, { from: pending.node, to: r.id, port: p.name });
    if ('design' in c) return { design: c.design, id: r.id, error: null };
    error ??= c.error.reason;
  }
  return { ...r, error: error ?? `\`${catalogId}\` has no input port.` };
}
