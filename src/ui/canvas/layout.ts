import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design } from '../../core/design/schema';
import { READABLE_ZOOM } from './lod';
import { placeLayout, type Size } from './layoutRows';

export { wrapRows } from './layoutRows';

/** The canvas a design is usually read in: a 1280×720 window with the panels open. */
export const SMALL_CANVAS: Size = { width: 772, height: 463 };

/** The ELK graph of a design: layered, left to right, ports in signature order (pure; exported for tests). */
export function elkGraph(design: Design, sizes: ReadonlyMap<string, Size>, portOrder: (id: string) => string[]): ElkNode {
  const known = new Set(design.devices.map((d) => d.id));
  // Other results a wire leaves from (`lease`), per device: EAST ports under `out`, in first-use order.
  const extra = new Map<string, string[]>();
  for (const w of design.wires) {
    if (w.fromPort === undefined) continue;
    const l = extra.get(w.from) ?? [];
    if (!l.includes(w.fromPort)) extra.set(w.from, [...l, w.fromPort]);
  }
  const source = (w: { from: string; fromPort?: string | undefined }) => `${w.from}::out${w.fromPort !== undefined ? `.${w.fromPort}` : ''}`;
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.nodeNode': '28',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: design.devices.map((d) => {
      const s = sizes.get(d.id) ?? { width: 180, height: 120 };
      const ports = portOrder(d.id);
      return {
        id: d.id,
        width: s.width,
        height: s.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
        ports: [
          { id: `${d.id}::out`, layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': '0' } },
          ...(extra.get(d.id) ?? []).map((x, i) => ({ id: `${d.id}::out.${x}`, layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(i + 1) } })),
          // WEST ports are ordered bottom-to-top by index; reverse so the first port is on top.
          ...ports.map((p, i) => ({
            id: `${d.id}::${p}`,
            layoutOptions: { 'elk.port.side': 'WEST', 'elk.port.index': String(ports.length - i) },
          })),
        ],
      };
    }),
    edges: design.wires
      .filter((w) => known.has(w.from) && known.has(w.to))
      .map((w) => ({
        id: w.id,
        sources: [source(w)],
        targets: [portOrder(w.to).includes(w.port) ? `${w.to}::${w.port}` : w.to],
      })),
  };
}

type Elk = InstanceType<typeof import('elkjs/lib/elk.bundled.js').default>;

/** The width a layout wraps its rows to: the canvas (less a margin) at the reading zoom. */
export function wrapWidth(view: Size = SMALL_CANVAS): number {
  return (view.width - 48) / READABLE_ZOOM;
}

/**
 * ELK (given: the editor runs it in a worker, see `layoutRun.ts`; the example generator and the tests in Node) and
 * the new top-left position of every device: one row of layers when it fits `view` at the reading zoom, else
 * wrapped into rows shaped like `view`.
 */
export async function layoutWith(
  elk: Pick<Elk, 'layout'>,
  design: Design,
  sizes: ReadonlyMap<string, Size>,
  portOrder: (id: string) => string[],
  view: Size = SMALL_CANVAS,
): Promise<Record<string, { x: number; y: number }>> {
  return placeLayout(await elk.layout(elkGraph(design, sizes, portOrder)), sizes, wrapWidth(view));
}

