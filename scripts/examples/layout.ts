import ELK from 'elkjs/lib/elk.bundled.js';
import { catalogFor } from '../../src/core/catalog';
import type { Design } from '../../src/core/design/schema';
import { indexDesign } from '../../src/core/graph/index';
import { elkGraph } from '../../src/ui/canvas/layout';

const NODE_WIDTH = 180;
/** Rough rendered height of a device node: header plus one row per input port (as DeviceNode draws it). */
const nodeHeight = (ports: number) => 64 + 18 * ports;

/**
 * Lays an example out with the app's own ELK layout (layered, left to right, ports in order), so
 * a template opens as tidy as after pressing Layout: no wire hidden behind a node of the same row.
 */
export async function layoutExample(d: Design): Promise<Design> {
  const index = indexDesign(d, catalogFor(d.mirage));
  const portOrder = (id: string) => index.ports(id).map((p) => p.name);
  const sizes = new Map(d.devices.map((inst) => [inst.id, { width: NODE_WIDTH, height: nodeHeight(portOrder(inst.id).length) }]));
  const out = await new ELK().layout(elkGraph(d, sizes, portOrder));
  const pos = new Map((out.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
  return { ...d, devices: d.devices.map((inst) => ({ ...inst, position: pos.get(inst.id) ?? inst.position })) };
}
