import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design } from '../../core/design/schema';
import { READABLE_ZOOM } from './lod';

type Size = { width: number; height: number };

/** The canvas a design is usually read in: a 1280×720 window with the panels open. */
export const SMALL_CANVAS: Size = { width: 772, height: 463 };

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

/**
 * Runs ELK (lazily loaded) and returns the new top-left position of every device: one row of layers
 * when it fits `view` at the reading zoom, else wrapped into rows shaped like `view`.
 */
export async function autoLayout(
  design: Design,
  sizes: ReadonlyMap<string, Size>,
  portOrder: (id: string) => string[],
  view: Size = SMALL_CANVAS,
): Promise<Record<string, { x: number; y: number }>> {
  return layoutWith(await preloadLayout(), design, sizes, portOrder, view);
}

/** `autoLayout` with a given ELK instance (the example generator runs it in Node). */
export async function layoutWith(
  elk: Pick<Elk, 'layout'>,
  design: Design,
  sizes: ReadonlyMap<string, Size>,
  portOrder: (id: string) => string[],
  view: Size = SMALL_CANVAS,
): Promise<Record<string, { x: number; y: number }>> {
  const out = await elk.layout(elkGraph(design, sizes, portOrder));
  const pos: Record<string, { x: number; y: number }> = Object.create(null) as Record<string, { x: number; y: number }>;
  for (const c of out.children ?? []) pos[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return wrapRows(pos, sizes, (view.width - 48) / READABLE_ZOOM);
}

const LAYER_GAP = 56;
const ROW_GAP = 64;

/**
 * Wraps a left-to-right layering wider than `width` into rows (pure): runs of whole layers (devices
 * sharing an x) that fit the width, each row below the previous one and starting at the left edge, so
 * a long chain reads like lines of text. Layouts that fit are returned unchanged.
 */
export function wrapRows(pos: Record<string, { x: number; y: number }>, sizes: ReadonlyMap<string, Size>, width: number): Record<string, { x: number; y: number }> {
  const ids = Object.keys(pos);
  if (!ids.length) return pos;
  const w = (id: string) => sizes.get(id)?.width ?? 180;
  const h = (id: string) => sizes.get(id)?.height ?? 120;
  const left = Math.min(...ids.map((id) => pos[id]!.x));
  const right = Math.max(...ids.map((id) => pos[id]!.x + w(id)));
  if (right - left <= width) return pos;
  const layers = [...new Set(ids.map((id) => pos[id]!.x))].sort((a, b) => a - b);
  const rows: number[][] = [];
  let row: number[] = [];
  let start = 0;
  for (const x of layers) {
    const end = Math.max(...ids.filter((id) => pos[id]!.x === x).map((id) => x + w(id)));
    if (row.length && end - start > width) {
      rows.push(row);
      row = [];
    }
    if (!row.length) start = x;
    row.push(x);
  }
  rows.push(row);
  const out: Record<string, { x: number; y: number }> = {};
  const top = Math.min(...ids.map((id) => pos[id]!.y));
  let y = top;
  for (const r of rows) {
    const members = ids.filter((id) => r.includes(pos[id]!.x));
    const y0 = Math.min(...members.map((id) => pos[id]!.y));
    const y1 = Math.max(...members.map((id) => pos[id]!.y + h(id)));
    for (const id of members) out[id] = { x: pos[id]!.x - r[0]! + left, y: pos[id]!.y - y0 + y };
    y += y1 - y0 + ROW_GAP + LAYER_GAP / 2;
  }
  return out;
}
