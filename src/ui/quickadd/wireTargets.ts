import { dropTargets } from '../canvas/candidates';
import { nodeViews } from '../canvas/flowModel';
import type { Derived } from '../store/derived';
import { handleKey, type PendingWire } from '../store/uiStore';

/** A port (or output) already on the canvas that a dangling wire may go to. */
export interface WireTarget {
  /** `handleKey` of the port. */
  key: string;
  node: string;
  /** Input port name, or 'out'. */
  port: string;
  name: string;
  device: string;
  /** `~label`, `#1`, `output`. */
  title: string;
  type: string;
  color: string;
}

/**
 * The ports a wire from `pending` may go to: exactly the handles a drag from there lights up
 * (`dropTargets`, i.e. `checkConnection`), in design order (pure).
 */
export function wireTargets(dv: Derived, pending: PendingWire): WireTarget[] {
  const ok = dropTargets(dv.index, dv.inference, pending);
  if (!ok.size) return [];
  const views = nodeViews(dv);
  const out: WireTarget[] = [];
  for (const inst of dv.design.devices) {
    const v = views.get(inst.id);
    if (!v) continue;
    if (pending.side === 'source') {
      for (const p of v.ports)
        if (ok.has(handleKey(inst.id, p.name)))
          out.push({ key: handleKey(inst.id, p.name), node: inst.id, port: p.name, name: v.name, device: v.device, title: p.title, type: p.many ? `${p.type} list` : p.type, color: p.color });
    } else if (v.out && ok.has(handleKey(inst.id, 'out'))) {
      out.push({ key: handleKey(inst.id, 'out'), node: inst.id, port: 'out', name: v.name, device: v.device, title: 'output', type: v.out.type, color: v.out.color });
    }
  }
  return out;
}

/** Targets whose name, device, port or type contain every word of `query` (case-insensitive). */
export function filterTargets(targets: readonly WireTarget[], query: string): WireTarget[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...targets];
  return targets.filter((t) => {
    const hay = `${t.name} ${t.device} ${t.title} ${t.type}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
