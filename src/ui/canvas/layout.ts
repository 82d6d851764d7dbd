import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design } from '../../core/design/schema';

type Size = { width: number; height: number };

/** The ELK graph of a design: layered, left to right, ports in signature order (pure; exported for tests). */
export function elkGraph(design: Design, sizes: ReadonlyMap<string, Size>, portOrder: (id: string) => string[]): ElkNode {
  const known = new Set(design.devices.map((d) => d.id));
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
        sources: [`${w.from}::out`],
        targets: [portOrder(w.to).includes(w.port) ? `${w.to}::${w.port}` : w.to],
      })),
  };
}

type Elk = InstanceType<typeof import('elkjs/lib/elk.bundled.js').default>;
let elkPromise: Promise<Elk> | null = null;

/** Loads ELK once (a large chunk, fetched on the first Layout, never at startup). */
export function preloadLayout(): Promise<Elk> {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elkPromise;
}

/** Runs ELK (lazily loaded) and returns the new top-left position of every device. */
export async function autoLayout(
  design: Design,
  sizes: ReadonlyMap<string, Size>,
  portOrder: (id: string) => string[],
): Promise<Record<string, { x: number; y: number }>> {
  const elk = await preloadLayout();
  const out = await elk.layout(elkGraph(design, sizes, portOrder));
  const pos: Record<string, { x: number; y: number }> = Object.create(null) as Record<string, { x: number; y: number }>;
  for (const c of out.children ?? []) pos[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return pos;
}
