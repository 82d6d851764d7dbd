import type { Page } from '@playwright/test';
import type { Design } from '../src/core/design/schema';

/** Which page is measured: the app (`/?bench`) or the bare React Flow page (`bench/bare`). */
export type Kind = 'app' | 'bare';
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

type Flow = { setViewport(v: Viewport): unknown; getViewport(): Viewport };
type BenchWindow = Window & {
  __composerLoad?: (d: Design) => void;
  __composerFlow?: Flow;
  __bareLoad?: (d: Design) => void;
  __bareFlow?: Flow;
  __frames?: number;
};

/** Waits until the page's benchmark hooks exist (the app's come with its lazily loaded file menu). */
export async function ready(page: Page, kind: Kind): Promise<void> {
  await page.waitForFunction((k) => {
    const w = window as BenchWindow;
    return k === 'app' ? !!w.__composerLoad && !!w.__composerFlow : !!w.__bareLoad && !!w.__bareFlow;
  }, kind);
}

/** Sets the viewport (no animation). */
export async function setViewport(page: Page, kind: Kind, v: Viewport): Promise<void> {
  await page.evaluate(
    ({ kind, v }) => {
      const w = window as BenchWindow;
      void (kind === 'app' ? w.__composerFlow : w.__bareFlow)!.setViewport(v);
    },
    { kind, v },
  );
}

/**
 * Sets the viewport, loads a design through the page's hook and returns the ms until its nodes are on screen
 * (every rendered node is one of the design's and measured, a wire is drawn), one frame after.
 */
export async function openDesign(page: Page, kind: Kind, d: Design, v: Viewport): Promise<number> {
  await setViewport(page, kind, v);
  return page.evaluate(
    async ({ kind, design }) => {
      const w = window as BenchWindow;
      const ids = new Set(design.devices.map((x) => x.id));
      const t0 = performance.now();
      (kind === 'app' ? w.__composerLoad : w.__bareLoad)!(design);
      await new Promise<void>((resolve) => {
        const check = () => {
          const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
          const shown =
            nodes.length > 0 &&
            nodes.every((n) => ids.has(n.getAttribute('data-id') ?? '') && n.style.visibility !== 'hidden') &&
            (design.wires.length === 0 || !!document.querySelector('.react-flow__edge path'));
          if (shown) requestAnimationFrame(() => resolve());
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - t0;
    },
    { kind, design: d },
  );
}

/** The canvas size of the app (the bare page is given the same). */
export async function canvasSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
}

/** Starts counting animation frames in the page. */
async function startFrames(page: Page) {
  await page.evaluate(() => {
    const w = window as BenchWindow;
    w.__frames = 0;
    const tick = () => {
      if (w.__frames === undefined) return;
      w.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops counting; the number of frames since `startFrames`. */
async function stopFrames(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    const n = w.__frames ?? 0;
    w.__frames = undefined;
    return n;
  });
}

/** A point of the canvas where the empty pane (not a node or wire) is under the pointer, nearest the middle (searched in rings). */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    const inside = (x: number, y: number) => x > pane.left + 140 && x < pane.right - 140 && y > pane.top + 100 && y < pane.bottom - 100;
    for (let r = 0; r < Math.max(pane.width, pane.height) / 2; r += 8)
      for (let k = 0, n = Math.max(1, Math.round((2 * Math.PI * r) / 8)); k < n; k++) {
        const x = cx + r * Math.cos((2 * Math.PI * k) / n);
        const y = cy + r * Math.sin((2 * Math.PI * k) / n);
        if (inside(x, y) && document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    return null;
  });
  if (!p) throw new Error('no empty pane point');
  return p;
}

/**
 * A point on node `id` that grabs it (the app's constructor label when drawn in full, else any point of the node
 * that is not a port: pressing a port starts a wire); null when there is none on screen.
 */
export async function nodeGrabPoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    const n = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!n) return null;
    const grabs = (x: number, y: number) => {
      const el = document.elementFromPoint(x, y);
      return !!el && n.contains(el) && !el.closest('.react-flow__handle');
    };
    const label = n.querySelector('.dn-device');
    if (label) {
      const r = label.getBoundingClientRect();
      const p = { x: r.x + Math.min(20, r.width / 2), y: r.y + r.height / 2 };
      if (grabs(p.x, p.y)) return p;
    }
    const r = n.getBoundingClientRect();
    for (let fy = 0.5; fy > 0.05; fy -= 0.15)
      for (const fx of [0.5, 0.35, 0.65, 0.2, 0.8]) {
        for (const sy of [1, -1]) {
          const p = { x: r.x + r.width * fx, y: r.y + r.height * (0.5 + sy * (0.5 - fy)) };
          if (grabs(p.x, p.y)) return p;
        }
      }
    return null;
  }, id);
}

/**
 * Presses at `from` and moves the mouse in a circle for ~`ms`; frames per second meanwhile, and
 * whether `probe` (an element whose CSS transform should follow the drag) actually moved.
 */
export async function dragFps(page: Page, from: { x: number; y: number }, probe: string, ms = 2000): Promise<{ fps: number; moved: boolean }> {
  const transform = () => page.evaluate((sel) => (document.querySelector(sel) as HTMLElement | null)?.style.transform ?? '', probe);
  const before = await transform();
  const m = page.mouse;
  await m.move(from.x, from.y);
  await m.down();
  await startFrames(page);
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < ms) {
    const a = (i++ / 30) * Math.PI * 2;
    await m.move(from.x + 120 * Math.sin(a), from.y + 80 * (1 - Math.cos(a)), { steps: 1 });
    await page.waitForTimeout(8);
  }
  const frames = await stopFrames(page);
  const elapsed = Date.now() - t0;
  await m.move(from.x + 40, from.y + 40, { steps: 2 });
  const moved = (await transform()) !== before;
  await m.up();
  return { fps: (frames * 1000) / elapsed, moved };
}

/** JS heap in use after a full garbage collection, in MiB (Chrome DevTools protocol). */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}
