import type { ReactFlowInstance, Rect } from '@xyflow/react';
import { READABLE_ZOOM } from './lod';

type Rf = Pick<ReactFlowInstance, 'getNodes' | 'getViewport' | 'setViewport' | 'screenToFlowPosition' | 'fitBounds' | 'setCenter'>;

/** The canvas element's box on screen (null before it is laid out). */
export function canvasBox(): DOMRect | null {
  return document.querySelector('.canvas .react-flow')?.getBoundingClientRect() ?? null;
}

/** The part of the flow on screen, in flow coordinates. */
export function visibleFlowRect(rf: Rf): Rect | null {
  const r = canvasBox();
  if (!r || !r.width) return null;
  const a = rf.screenToFlowPosition({ x: r.left, y: r.top });
  const b = rf.screenToFlowPosition({ x: r.right, y: r.bottom });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

/** Bounding box of nodes (measured sizes, else a device's usual size); null for none. */
export function boundsOf(nodes: readonly { position: { x: number; y: number }; measured?: { width?: number; height?: number } }[]): Rect | null {
  if (!nodes.length) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.measured?.width ?? 180));
    y1 = Math.max(y1, n.position.y + (n.measured?.height ?? 110));
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The viewport that shows `b` in a `w`×`h` canvas for reading (pure): the whole of it when that fits at
 * `READABLE_ZOOM` or more (at most 1:1), centred; otherwise at `READABLE_ZOOM`, its top left corner in view
 * (where a left-to-right design starts), so names and types are never too small to read on opening.
 */
export function readableViewport(b: Rect, w: number, h: number, pad = 24): { x: number; y: number; zoom: number } {
  const fit = Math.min((w - 2 * pad) / b.width, (h - 2 * pad) / b.height);
  const zoom = Math.max(READABLE_ZOOM, Math.min(1, fit));
  const cx = b.width * zoom <= w - 2 * pad ? (w - b.width * zoom) / 2 : pad;
  const cy = b.height * zoom <= h - 2 * pad ? (h - b.height * zoom) / 2 : pad;
  return { x: cx - b.x * zoom, y: cy - b.y * zoom, zoom };
}

/** Shows the design for reading (see `readableViewport`): used when a design opens. */
export function fitForReading(rf: Rf): void {
  const box = canvasBox();
  const b = boundsOf(rf.getNodes());
  if (!box || !b || !box.width) return;
  void rf.setViewport(readableViewport(b, box.width, box.height));
}

/** `fitForReading` now and again once newly mounted nodes are measured (their real sizes change the bounds). */
export function fitOpened(rf: Rf): void {
  fitForReading(rf);
  requestAnimationFrame(() => requestAnimationFrame(() => fitForReading(rf)));
  setTimeout(() => fitForReading(rf), 250);
}

/** Pans (zooming out only when it must) so that `b` is on screen with a margin; nothing when it already is. */
export function revealRect(rf: Rf, b: Rect, margin = 32): void {
  const v = visibleFlowRect(rf);
  if (!v) return;
  const z = rf.getViewport().zoom;
  const m = margin / z;
  if (b.x >= v.x + m && b.y >= v.y + m && b.x + b.width <= v.x + v.width - m && b.y + b.height <= v.y + v.height - m) return;
  if (b.width + 2 * m > v.width || b.height + 2 * m > v.height) {
    void rf.fitBounds(b, { padding: 0.15, duration: 200 });
    return;
  }
  void rf.setCenter(b.x + b.width / 2, b.y + b.height / 2, { zoom: z, duration: 200 });
}
