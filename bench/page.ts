import type { Page } from '@playwright/test';
import type { Design } from '../src/core/design/schema';

type BenchWindow = Window & {
  __composerLoad?: (d: Design) => void;
  __frames?: number;
};

/** Loads a design through the bench hook; ms until its nodes are on screen (two frames after). */
export async function openDesign(page: Page, d: Design): Promise<number> {
  return page.evaluate(async (design) => {
    const w = window as BenchWindow;
    const ids = new Set(design.devices.map((x) => x.id));
    const t0 = performance.now();
    w.__composerLoad!(design);
    await new Promise<void>((resolve) => {
      const check = () => {
        const nodes = [...document.querySelectorAll('.react-flow__node')];
        if (nodes.length > 0 && nodes.every((n) => ids.has(n.getAttribute('data-id') ?? ''))) requestAnimationFrame(() => resolve());
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - t0;
  }, d);
}

/** Starts counting animation frames in the page. */
export async function startFrames(page: Page) {
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
export async function stopFrames(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    const n = w.__frames ?? 0;
    w.__frames = undefined;
    return n;
  });
}

/** A point of the canvas where the empty pane (not a node) is under the pointer. */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.top + 20; y < pane.bottom - 20; y += 15)
      for (let x = pane.left + 20; x < pane.right - 20; x += 15) {
        const el = document.elementFromPoint(x, y);
        if (el?.classList.contains('react-flow__pane')) return { x, y };
      }
    return null;
  });
  if (!p) throw new Error('no empty pane point');
  return p;
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

/** Changes a parameter of `id` through the store; ms until Monaco shows the new config.ml text. */
export async function paramToConfigMs(page: Page, id: string, param: string, value: string): Promise<number> {
  return page.evaluate(
    async ({ id, param, value }) => {
      type Store = { getState(): { select(ids: string[]): void; applyDesign(f: (d: Design) => Design): void } };
      const store = (window as Window & { __composerStore?: Store }).__composerStore!;
      const lines = () => document.querySelector('.mc-monaco .view-lines')?.textContent ?? '';
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (let i = 0; i < 600 && !document.querySelector('.mc-monaco .view-lines'); i++) await frame();
      store.getState().select([id]);
      for (let i = 0; i < 10; i++) await frame();
      const t0 = performance.now();
      store.getState().applyDesign((d) => ({
        ...d,
        devices: d.devices.map((x) => (x.id === id ? { ...x, params: { ...x.params, [param]: value } } : x)),
      }));
      for (let i = 0; i < 6000 && !lines().includes(value); i++) await frame();
      return lines().includes(value) ? performance.now() - t0 : NaN;
    },
    { id, param, value },
  );
}
