import type { Design, DeviceInstance, Wire } from '../../core/design/schema';
import { pasteInstances } from '../../core/graph/ops';

/** What Ctrl/Cmd+C keeps: the selected instances and the wires between them. */
export interface Clip {
  instances: DeviceInstance[];
  wires: Wire[];
}

/** The selected instances and only the wires among them (pure). */
export function copySelection(d: Design, ids: readonly string[]): Clip | null {
  const set = new Set(ids);
  const instances = d.devices.filter((x) => set.has(x.id));
  if (!instances.length) return null;
  return { instances: structuredClone(instances), wires: d.wires.filter((w) => set.has(w.from) && set.has(w.to)) };
}

/** Pastes a clip shifted by `step` times a small offset; returns the new design and the pasted ids. */
export function pasteClip(d: Design, clip: Clip, step: number): { design: Design; ids: string[] } {
  const off = 40 * Math.max(0, step);
  return pasteInstances(d, clip.instances, clip.wires, { x: off, y: off });
}
