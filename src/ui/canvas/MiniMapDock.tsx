import { type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { usePanels } from '../layout/panels';
import { type MiniMapping, miniMapping } from './minimap';
import type { AppNode } from './useFlowState';
import { useSettled } from './useSettled';

const colorOf = (n: AppNode) => (n.type === 'note' ? 'var(--note-bg)' : (n.data.view.out?.color ?? 'var(--ty-unknown)'));
const selectNodes = (s: ReactFlowState) => s.nodes as AppNode[];

/** CSS colours (with `var(…)`) as canvas colours, resolved once per theme. */
function colorResolver(probe: HTMLElement): (css: string) => string {
  const seen = new Map<string, string>();
  return (css) => {
    let c = seen.get(css);
    if (c === undefined) {
      probe.style.color = css;
      c = getComputedStyle(probe).color;
      seen.set(css, c);
    }
    return c;
  };
}

/** The part of the design on screen: a box moved by a transform (its own layer), so panning repaints nothing else. */
function MiniViewport({ map }: { map: MiniMapping }) {
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const w = useStore((s) => s.width);
  const h = useStore((s) => s.height);
  const left = map.x + (-tx / zoom) * map.scale;
  const top = map.y + (-ty / zoom) * map.scale;
  return <div className="mc-minimap-view" style={{ transform: `translate(${left}px, ${top}px)`, width: (w / zoom) * map.scale, height: (h / zoom) * map.scale }} />;
}

/**
 * The minimap, docked under the palette rather than over the canvas, so it never covers a port. Every node is a
 * rectangle drawn on a canvas (redrawn when the nodes change, at most every 150 ms while they move, never while
 * the view pans). Click to centre the view there; drag to pan, wheel to zoom. `data-map` holds the mapping
 * (`x y scale`: a flow point p is at x + p·scale) for tests.
 */
export function MiniMapDock() {
  const rf = useReactFlow<AppNode>();
  const width = usePanels((s) => s.size.left) - 14;
  const height = Math.round(width * 0.58);
  const nodes = useSettled(useStore(selectNodes), 150);
  const map = useMemo(() => miniMapping(nodes, width, height), [nodes, width, height]);
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drag = useRef<{ x: number; y: number; vx: number; vy: number; moved: boolean } | null>(null);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const draw = () => {
      const dpr = window.devicePixelRatio || 1;
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      const color = colorResolver(c);
      for (const n of nodes) {
        ctx.fillStyle = color(colorOf(n));
        ctx.fillRect(map.x + n.position.x * map.scale, map.y + n.position.y * map.scale, Math.max(1, (n.measured?.width ?? 180) * map.scale), Math.max(1, (n.measured?.height ?? 110) * map.scale));
      }
    };
    draw();
    // Colours follow the light/dark scheme.
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => draw();
    mq?.addEventListener('change', onScheme);
    return () => mq?.removeEventListener('change', onScheme);
  }, [nodes, map, width, height]);

  // Wheel zooms the canvas (a native listener: React's wheel listener is passive and cannot keep the page from scrolling).
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      void rf.zoomTo(rf.getZoom() * (e.deltaY < 0 ? 1.2 : 1 / 1.2));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [rf]);

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const v = rf.getViewport();
    drag.current = { x: e.clientX, y: e.clientY, vx: v.x, vy: v.y, moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 3) return;
    d.moved = true;
    const zoom = rf.getZoom();
    void rf.setViewport({ x: d.vx - (dx / map.scale) * zoom, y: d.vy - (dy / map.scale) * zoom, zoom });
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (!d || d.moved) return;
    const r = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - r.left - map.x) / map.scale;
    const fy = (e.clientY - r.top - map.y) / map.scale;
    void rf.setCenter(fx, fy, { zoom: rf.getZoom(), duration: 200 });
  };

  return (
    <div className="minimap-dock" data-testid="minimap">
      <div
        ref={box}
        className="mc-minimap"
        style={{ width, height }}
        role="img"
        aria-label="Minimap: click to go there, drag to pan"
        data-map={`${map.x} ${map.y} ${map.scale}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
      >
        <canvas ref={canvas} className="mc-minimap-canvas" style={{ width, height }} />
        <MiniViewport map={map} />
      </div>
    </div>
  );
}
