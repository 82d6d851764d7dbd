import type { Page } from '@playwright/test';

type Model = { getValue(): string; onDidChangeContent(f: () => void): { dispose(): void } };
type EditWindow = Window & {
  __composerStore?: { getState(): { select(ids: string[]): void } };
  __composerMonaco?: { editor: { getModels(): Model[] } };
  __edit?: { t0: number | null; code: number | null; frame: number | null; stop(): void };
};

/** Waits until the code panel's Monaco editor is there (it loads lazily, after the canvas). */
export async function codeReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !!(window as EditWindow).__composerMonaco && !!document.querySelector('.mc-monaco .view-lines'), undefined, { timeout: 60_000 });
}

/**
 * A person's parameter edit: selects `id`, types `value` into its `param` field in the inspector and presses
 * Enter (the field commits on Enter). Returns the ms from that keydown event until a text model of the code
 * editor holds the value (`code`) and until the next animation frame after that (`frame`).
 */
export async function editToCode(page: Page, id: string, param: string, value: string): Promise<{ code: number; frame: number }> {
  await page.evaluate((id) => (window as EditWindow).__composerStore!.getState().select([id]), id);
  const input = page.locator(`[data-testid="field-${param}"] input`).first();
  await input.waitFor();
  await input.fill(value);
  await page.waitForTimeout(300);
  await page.evaluate((value) => {
    const w = window as EditWindow;
    const state = { t0: null as number | null, code: null as number | null, frame: null as number | null, stop: () => {} };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && state.t0 === null) state.t0 = e.timeStamp;
    };
    window.addEventListener('keydown', onKey, true);
    const subs = w.__composerMonaco!.editor.getModels().map((m) =>
      m.onDidChangeContent(() => {
        if (state.code !== null || !m.getValue().includes(value)) return;
        state.code = performance.now();
        requestAnimationFrame(() => (state.frame = performance.now()));
      }),
    );
    state.stop = () => {
      window.removeEventListener('keydown', onKey, true);
      for (const s of subs) s.dispose();
    };
    w.__edit = state;
  }, value);
  await input.press('Enter');
  await page.waitForFunction(() => (window as EditWindow).__edit?.frame != null, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const e = (window as EditWindow).__edit!;
    e.stop();
    return { code: e.code! - e.t0!, frame: e.frame! - e.t0! };
  });
}

/**
 * Clicks Layout and records the page (a Chromium trace) until the layout is applied and shown: the longest task
 * of the page's main thread (script, style, layout and paint of one task: what blocks input), the whole duration,
 * and whether a progress indicator was shown while it ran.
 */
export async function layoutBlock(page: Page): Promise<{ maxBlockMs: number; totalMs: number; progress: boolean; inside: string }> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] });
  const t0 = Date.now();
  await page.locator('[data-testid="layout"]').click();
  let progress = false;
  await page.waitForFunction(() => document.querySelector('[data-testid="layout"]')?.getAttribute('aria-busy') === 'true', undefined, { timeout: 5_000 }).catch(() => {});
  for (;;) {
    const st = await page.evaluate(() => ({
      busy: document.querySelector('[data-testid="layout"]')?.getAttribute('aria-busy') === 'true',
      progress: !!document.querySelector('[data-testid="layout-progress"]'),
    }));
    progress ||= st.progress;
    if (!st.busy) break;
    if (Date.now() - t0 > 120_000) throw new Error('layout did not finish in 2 minutes');
    await page.waitForTimeout(50);
  }
  const totalMs = Date.now() - t0;
  await page.waitForTimeout(1000); // the view moved after the layout, and the nodes it mounts
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const longest = longestMainTask(trace.traceEvents);
  return { maxBlockMs: longest.ms, totalMs, progress, inside: longest.inside };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * The longest task (ms) of the renderer's main thread in a trace, and what took the time in it: its largest events
 * (script, GC, style, layout, paint…; nested ones overlap), to know where to look.
 */
function longestMainTask(events: TraceEvent[]): { ms: number; inside: string } {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const isMain = (e: TraceEvent) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
  const tasks = events.filter((e) => e.name === 'RunTask' && isMain(e));
  const t = tasks.reduce<TraceEvent | null>((a, e) => (!a || (e.dur ?? 0) > (a.dur ?? 0) ? e : a), null);
  if (!t) return { ms: 0, inside: '' };
  const end = t.ts + (t.dur ?? 0);
  const parts = events
    .filter((e) => e !== t && isMain(e) && e.ts >= t.ts && e.ts < end && (e.dur ?? 0) >= 1000 && !e.name.startsWith('V8.GC_'))
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 6);
  return { ms: (t.dur ?? 0) / 1000, inside: parts.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`).join(', ') };
}
