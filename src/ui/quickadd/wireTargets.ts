import { dropTargets } from '../canvas/candidates';
import { nodeViews } from '../canvas/flowModel';
import type { Derived } from '../store/derived';
import { handleKey, type PendingWire } from '../store/uiStore';

/** A port (or output) already on the canvas that a dangling wire may go to. */
export interface WireTarget {
  /** `handleKey` of the port. */
  key: string;
  node: string;
  /** Input port name ('target'), or an output: 'out' (the result) or one of several (`lease`) ('source'). */
  port: string;
  /** Which kind of handle `port` is. */
  side: 'source' | 'target';
  name: string;
  device: string;
  /** `~label`, `#1`, `output`, `.lease` (one of several outputs). */
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
          out.push({ key: handleKey(inst.id, p.name), node: inst.id, port: p.name, side: 'target', name: v.name, device: v.device, title: p.title, type: p.many ? `${p.type} list` : p.type, color: p.color });
    } else {
      const outs = [...(v.out ? [{ port: 'out', title: 'output', ...v.out }] : []), ...v.extra.map((x) => ({ port: x.name, title: `.${x.name}`, type: x.type, color: x.color }))];
      for (const o of outs)
        if (ok.has(handleKey(inst.id, o.port)))
          out.push({ key: handleKey(inst.id, o.port), node: inst.id, port: o.port, side: 'source', name: v.name, device: v.device, title: o.title, type: o.type, color: o.color });
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
