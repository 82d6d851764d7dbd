import ELK from 'elkjs/lib/elk.bundled.js';
import { catalogFor } from '../../src/core/catalog';
import type { Design } from '../../src/core/design/schema';
import { indexDesign } from '../../src/core/graph/index';
import { layoutWith } from '../../src/ui/canvas/layout';

const NODE_WIDTH = 180;
/**
 * Height of a device node with `ports` shown input ports and `extra` other results (`lease`: one 24 px output row
 * each), from the fixed row heights of DeviceNode's CSS.
 */
const nodeHeight = (ports: number, extra: number) => (ports ? 79 + 22 * ports : 74) + 24 * extra;

/**
 * Lays an example out with the app's own ELK layout (layered, left to right, ports in order, long chains
 * wrapped into rows for a 1280×720 window), so a template opens as tidy as after pressing Layout and
 * readable at its opening zoom.
 */
export async function layoutExample(d: Design): Promise<Design> {
  const index = indexDesign(d, catalogFor(d.mirage));
  const portOrder = (id: string) => index.ports(id).map((p) => p.name);
  const wired = new Set(d.wires.map((w) => `${w.to}/${w.port}`));
  const shown = (id: string) => index.ports(id).filter((p) => p.kind !== 'optional' || wired.has(`${id}/${p.name}`)).length;
  const sizes = new Map(d.devices.map((inst) => [inst.id, { width: NODE_WIDTH, height: nodeHeight(shown(inst.id), index.spec(inst.id)?.extraOutputs?.length ?? 0) }]));
  const pos = await layoutWith(new ELK(), d, sizes, portOrder);
  const devices = d.devices.map((inst) => ({ ...inst, position: pos[inst.id] ?? inst.position }));
  // A pinned note sits left of its device (clear of the rows and of group frames).
  const notes = d.notes?.map((n) => {
    const at = n.attach ? pos[n.attach] : undefined;
    return at ? { ...n, position: { x: at.x - 236, y: at.y } } : n;
  });
  return { ...d, devices, ...(notes ? { notes } : {}) };
}
