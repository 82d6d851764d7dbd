import type { Design, DeviceInstance, Wire } from '../../core/design/schema';
import { pasteInstances } from '../../core/graph/ops';
import { NODE_W } from './place';

/** What Ctrl/Cmd+C keeps: the selected instances and the wires between them. */
export interface Clip {
  instances: DeviceInstance[];
  wires: Wire[];
}

/** A device's height on the canvas, roughly (for keeping pasted copies apart). */
const NODE_H = 120;

/** The selected instances and only the wires among them (pure). */
export function copySelection(d: Design, ids: readonly string[]): Clip | null {
  const set = new Set(ids);
  const instances = d.devices.filter((x) => set.has(x.id));
  if (!instances.length) return null;
  return { instances: structuredClone(instances), wires: d.wires.filter((w) => set.has(w.from) && set.has(w.to)) };
}

/**
 * How far the `step`-th paste of a clip moves from the original: 0 = in place (after a cut); else
 * below the copied devices, a step further each time, moved down until it covers no device (pure).
 */
export function pasteOffset(d: Design, clip: Clip, step: number): { x: number; y: number } {
  if (step <= 0) return { x: 0, y: 0 };
  const ys = clip.instances.map((i) => i.position.y);
  const height = Math.max(...ys) - Math.min(...ys) + NODE_H;
  const off = { x: 32 * step, y: (height + 40) * step };
  const covers = () =>
    clip.instances.some((c) =>
      d.devices.some((o) => Math.abs(o.position.x - (c.position.x + off.x)) < NODE_W && Math.abs(o.position.y - (c.position.y + off.y)) < NODE_H - 10),
    );
  for (let i = 0; i < 200 && covers(); i++) off.y += 48;
  return off;
}

/** Pastes a clip at `pasteOffset`; returns the new design and the pasted ids. */
export function pasteClip(d: Design, clip: Clip, step: number): { design: Design; ids: string[] } {
  return pasteInstances(d, clip.instances, clip.wires, pasteOffset(d, clip, step));
}
