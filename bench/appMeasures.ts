import type { Page } from '@playwright/test';

type Model = { getValue(): string; onDidChangeContent(f: () => void): { dispose(): void } };
type EditWindow = Window & {
  __composerStore?: { getState(): { select(ids: string[]): void } };
  __composerMonaco?: { editor: { getModels(): Model[] } };
  __edit?: { t0: number | null; code: number | null; frame: number | null; stop(): void };
  __block?: { max: number; long: number; stop(): void };
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
 * Clicks Layout and watches the main thread until the layout is applied and fitted: the longest time it was
 * blocked (gaps between 4 ms timer ticks, and long tasks), the whole duration, and whether a progress indicator
 * was shown while it ran.
 */
export async function layoutBlock(page: Page): Promise<{ maxBlockMs: number; totalMs: number; progress: boolean }> {
  await page.evaluate(() => {
    const w = window as EditWindow;
    const s = { max: 0, long: 0, stop: () => {} };
    let last = performance.now();
    let on = true;
    const tick = () => {
      const now = performance.now();
      s.max = Math.max(s.max, now - last);
      last = now;
      if (on) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const obs = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) s.long = Math.max(s.long, e.duration);
    });
    obs.observe({ type: 'longtask', buffered: false });
    s.stop = () => {
      on = false;
      obs.disconnect();
    };
    w.__block = s;
  });
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
  await page.waitForTimeout(1000); // the fit after the layout, and the nodes it mounts
  return page.evaluate(
    ({ totalMs, progress }) => {
      const s = (window as EditWindow).__block!;
      s.stop();
      return { maxBlockMs: Math.max(s.max, s.long), totalMs, progress };
    },
    { totalMs, progress },
  );
}
