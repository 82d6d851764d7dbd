/**
 * `npm run bench [-- --json]`: builds the app and the bare React Flow page (`bench/bare`), serves both, and
 * prints measured numbers side by side in one run (see README.md); then, in Node, export and import times.
 * With `--json` the last line is `BENCH_JSON {...}`. Asserts nothing.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { codeReady, editToCode, layoutBlock } from './appMeasures';
import { jsBytes } from './bytes';
import { benchDesign, benchId, fitViewport, zoomOneViewport } from './designs';
import { canvasSize, dragFps, emptyPanePoint, heapMiB, type Kind, nodeGrabPoint, openDesign, ready, setViewport, type Viewport } from './page';
import type { Design } from '../src/core/design/schema';

const PORT = Number(process.env.BENCH_PORT ?? 4178);
const APP = `http://localhost:${PORT}`;
const BARE = `http://localhost:${PORT + 1}`;
const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000').split(',').map(Number);
const EDITS = 5;
const json = process.argv.includes('--json');
const out: Record<string, unknown> = {};

const r1 = (x: number) => Math.round(x * 10) / 10;
const fmt = (x: number | undefined, unit: string) => (x !== undefined && Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ${unit}` : 'n/a');
const row = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);
const row3 = (label: string, bare: string, app: string, ratio: string) => console.log(`  ${label.padEnd(46)} ${bare.padStart(10)} ${app.padStart(10)} ${ratio.padStart(9)}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function waitFor(url: string, ms: number) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** The device nearest the middle of the viewport that a pointer can grab there, and where to grab it. */
async function grabbable(page: Page, d: Design, v: Viewport, size: { width: number; height: number }): Promise<{ id: string; at: { x: number; y: number } } | null> {
  const cx = (size.width / 2 - v.x) / v.zoom;
  const cy = (size.height / 2 - v.y) / v.zoom;
  const near = [...d.devices].sort((a, b) => Math.hypot(a.position.x - cx, a.position.y - cy) - Math.hypot(b.position.x - cx, b.position.y - cy));
  for (const inst of near.slice(0, 40)) {
    const at = await nodeGrabPoint(page, inst.id);
    if (at) return { id: inst.id, at };
  }
  return null;
}

interface Interaction {
  firstRenderMs: number;
  panFps: number;
  dragFps: number;
  /** Every pass, for the ranges printed. */
  pans: number[];
  drags: number[];
  moved: boolean;
}

const PASSES = 3;

/**
 * Opens `d` at viewport `v` on both pages, then pans the empty canvas and drags a device near the middle, the same
 * script on both, passes alternating between the pages (so a burst of other work on the machine hits both); the
 * median of the passes.
 */
async function interact(pages: Record<Kind, Page>, d: Design, v: Viewport, size: { width: number; height: number }): Promise<Record<Kind, Interaction>> {
  const kinds: Kind[] = ['bare', 'app'];
  const out = {} as Record<Kind, Interaction>;
  for (const k of kinds) {
    await pages[k].bringToFront();
    out[k] = { firstRenderMs: await openDesign(pages[k], k, d, v), panFps: NaN, dragFps: NaN, pans: [], drags: [], moved: true };
    await pages[k].waitForTimeout(600);
  }
  for (let pass = 0; pass < PASSES; pass++)
    for (const k of kinds) {
      const page = pages[k];
      await page.bringToFront();
      await setViewport(page, k, v);
      await page.waitForTimeout(300);
      const pan = await dragFps(page, await emptyPanePoint(page), '.react-flow__viewport');
      await setViewport(page, k, v);
      await page.waitForTimeout(300);
      const g = await grabbable(page, d, v, size);
      const drag = g ? await dragFps(page, g.at, `.react-flow__node[data-id="${g.id}"]`) : { fps: NaN, moved: false };
      out[k].pans.push(pan.fps);
      out[k].drags.push(drag.fps);
      out[k].moved &&= pan.moved && drag.moved;
    }
  for (const k of kinds) {
    out[k].panFps = median(out[k].pans);
    out[k].dragFps = median(out[k].drags);
  }
  return out;
}

async function browserBench() {
  if (!process.env.BENCH_SKIP_BUILD) {
    execSync('npx vite build', { stdio: 'ignore' });
    execSync('npx vite build --config bench/bare/vite.config.ts', { stdio: 'ignore' });
  }
  const app = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const bare = spawn('npx', ['vite', 'preview', '--config', 'bench/bare/vite.config.ts', '--port', String(PORT + 1), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitFor(APP, 30_000);
    await waitFor(BARE, 30_000);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with an `__name` helper that page.evaluate bodies would miss.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    // The frame in which the first node is on the canvas (measured: React Flow hides nodes until then), page clock.
    await page.addInitScript({
      content: `window.__firstNode = null; (function check() { const n = document.querySelector('.react-flow__node'); if (n && n.style.visibility !== 'hidden') window.__firstNode = performance.now(); else requestAnimationFrame(check); })();`,
    });
    await page.goto(`${APP}/?bench`);
    await page.waitForFunction(() => (window as Window & { __firstNode?: number | null }).__firstNode != null);
    // Scripts requested before that frame (by start time, same clock): what the canvas needed.
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\.js(\?|$)/.test(e.name))
          .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
      );
    const first = await page.evaluate(() => (window as Window & { __firstNode?: number }).__firstNode!);
    const startup = Math.round(first);
    const before = (await scripts()).filter((r) => r.start < first).map((r) => r.path);
    console.log('\nApp start (production build, sample design)');
    row('time to first node on screen', fmt(startup, 'ms'));
    const b = jsBytes('dist', before);
    row(`JS before the canvas is usable (${before.length} files)`, `${(b.gzip / 1024).toFixed(1)} KiB gzip (${(b.raw / 1024).toFixed(0)} KiB raw)`);
    for (const p of [...before].sort((x, y) => jsBytes('dist', [y]).gzip - jsBytes('dist', [x]).gzip).slice(0, 8))
      row(`  ${p.replace(/^\/assets\//, '')}`, `${(jsBytes('dist', [p]).gzip / 1024).toFixed(1)} KiB gzip`);
    out.startFirstNodeMs = startup;
    out.initialJsKiB = r1(b.gzip / 1024);
    await ready(page, 'app');
    await codeReady(page).catch(() => {});
    const later = [...new Set((await scripts()).map((r) => r.path))].filter((p) => !before.includes(p));
    row(`JS loaded after (${later.length} files)`, `${(jsBytes('dist', later).gzip / 1024).toFixed(1)} KiB gzip`);
    out.lazyJsKiB = r1(jsBytes('dist', later).gzip / 1024);

    const size = await canvasSize(page);
    const barePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await barePage.addInitScript({ content: 'window.__name = (f) => f;' });
    await barePage.goto(`${BARE}/?w=${size.width}&h=${size.height}`);
    await ready(barePage, 'bare');
    console.log(`\nSide by side: bare @xyflow/react page (default nodes/edges) vs the app; canvas ${size.width}×${size.height}, same viewports and script`);

    for (const n of SIZES) {
      const whole = benchDesign(n, 'a');
      const near = benchDesign(n, 'b');
      const fit = fitViewport(whole, size.width, size.height);
      const one = zoomOneViewport(near, size.width, size.height);
      const pages = { bare: barePage, app: page };
      const fits = await interact(pages, whole, fit, size);
      const heap = { bare: await heapMiB(barePage), app: await heapMiB(page) };
      const ones = await interact(pages, near, one, size);
      const res = { bare: { fit: fits.bare, one: ones.bare, heap: heap.bare }, app: { fit: fits.app, one: ones.app, heap: heap.app } };
      console.log(`\nDesign of ${whole.devices.length} devices, ${whole.wires.length} wires${' '.repeat(Math.max(0, 14 - String(whole.devices.length).length - String(whole.wires.length).length))}        bare        app   app/bare`);
      const line = (label: string, get: (i: Interaction) => number, unit: string, all?: (i: Interaction) => number[]) => {
        const which = label.includes('zoom 1') ? 'one' : 'fit';
        const a = get(res.bare[which]);
        const c = get(res.app[which]);
        const range = all ? `   (${[res.bare[which], res.app[which]].map((i) => `${Math.min(...all(i)).toFixed(0)}–${Math.max(...all(i)).toFixed(0)}`).join(' | ')})` : '';
        row3(label, fmt(a, unit), fmt(c, unit), Number.isFinite(a) && Number.isFinite(c) ? (c / a).toFixed(2) : 'n/a');
        if (range) console.log(`  ${''.padEnd(46)} ${`passes ${range.trim()}`}`);
      };
      line(`open → first render (whole design, zoom ${fit.zoom.toFixed(2)})`, (i) => i.firstRenderMs, 'ms');
      line('fps while panning (whole design)', (i) => i.panFps, 'fps', (i) => i.pans);
      line('fps while dragging a device (whole design)', (i) => i.dragFps, 'fps', (i) => i.drags);
      line('open → first render (zoom 1)', (i) => i.firstRenderMs, 'ms');
      line('fps while panning (zoom 1)', (i) => i.panFps, 'fps', (i) => i.pans);
      line('fps while dragging a device (zoom 1)', (i) => i.dragFps, 'fps', (i) => i.drags);
      row3('JS heap after opening (whole design)', fmt(res.bare.heap, 'MiB'), fmt(res.app.heap, 'MiB'), (res.app.heap / res.bare.heap).toFixed(2));
      for (const k of ['bare', 'app'] as const) if (!res[k].fit.moved || !res[k].one.moved) row(`  (${k}: the view or the device did not move!)`, '');

      await page.bringToFront();
      await codeReady(page);
      const edits: { code: number; frame: number }[] = [];
      for (let i = 0; i < EDITS; i++) edits.push(await editToCode(page, benchId(n, 'kv_0', 'b'), 'arg1', `changed_${n}_${i}`));
      const code = edits.map((e) => e.code);
      const frame = edits.map((e) => e.frame);
      row(`edit (Enter in a field) → config.ml in the editor`, `${fmt(median(code), 'ms')} median of ${EDITS} (${fmt(Math.min(...code), 'ms')}–${fmt(Math.max(...code), 'ms')})`);
      row(`edit → the next frame`, `${fmt(median(frame), 'ms')} median (${fmt(Math.min(...frame), 'ms')}–${fmt(Math.max(...frame), 'ms')})`);

      const pick = (i: Interaction) => ({ firstRenderMs: r1(i.firstRenderMs), panFps: r1(i.panFps), dragFps: r1(i.dragFps), panPasses: i.pans.map(r1), dragPasses: i.drags.map(r1) });
      out[`baseline${n}`] = { ...pick(res.bare.fit), zoom1: pick(res.bare.one), heapMiB: r1(res.bare.heap) };
      out[`d${n}`] = {
        ...pick(res.app.fit),
        zoom1: pick(res.app.one),
        heapMiB: r1(res.app.heap),
        editToCodeMs: r1(median(code)),
        editToCodeRangeMs: [r1(Math.min(...code)), r1(Math.max(...code))],
        editToFrameMs: r1(median(frame)),
      };
      if (n === 1000) {
        const l = await layoutBlock(page);
        row('Layout (ELK) of 1,000 devices: longest main-thread block', `${fmt(l.maxBlockMs, 'ms')} (layout done in ${fmt(l.totalMs, 'ms')}, progress ${l.progress ? 'shown' : 'not shown'})`);
        row('  its largest events (ms; nested ones overlap)', l.inside);
        out.layout1000MaxBlockMs = r1(l.maxBlockMs);
        out.layout1000Ms = l.totalMs;
        out.layout1000Progress = l.progress;
      }
    }
    await browser.close();
  } finally {
    for (const s of [app, bare]) if (s.pid) process.kill(-s.pid, 'SIGTERM');
  }
}

async function main() {
  console.log('Mirage Composer benchmark (numbers only; nothing is asserted)');
  if (!process.env.BENCH_SKIP_BROWSER) await browserBench();
  if (!process.env.BENCH_SKIP_NODE) await nodeBench();
  if (json) console.log(`BENCH_JSON ${JSON.stringify(out)}`);
}

async function nodeBench() {
  console.log('\nCode generation and validation (Node, 20,000 devices, 100,000 wires; each run on a fresh copy, best of 5)');
  const { exportTimes } = await import('./exportBench');
  for (const r of exportTimes()) {
    row(r.label, fmt(r.ms, 'ms'));
    if (r.key) out[r.key] = r1(r.ms);
  }
  if (existsSync(new URL('../src/core/import/index.ts', import.meta.url))) {
    console.log('\nconfig.ml import (Node, tree-sitter)');
    const { importTimes } = await import('./importBench');
    for (const r of await importTimes([10, 100, 1000])) {
      row(`${r.bindings} bindings (${(r.bytes / 1024).toFixed(0)} KiB)`, `${fmt(r.ms, 'ms')}${r.ok ? '' : ' (import reported errors)'}`);
      if (r.bindings >= 900) out.import1000Ms = r1(r.ms);
    }
    console.log('\nconfig.ml export of a design read from it (printed into its text; Node)');
    const { preservedPrintTimes } = await import('./importBench');
    for (const r of await preservedPrintTimes([100, 1000, 5000])) {
      row(`${r.bindings} bindings, untouched${r.same ? '' : ' (TEXT DIFFERS)'}`, fmt(r.untouchedMs, 'ms'));
      row(`${r.bindings} bindings, one binding renamed`, fmt(r.editedMs, 'ms'));
    }
  } else console.log('\nconfig.ml import: src/core/import/index.ts not there yet');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
