/**
 * `npm run bench`: builds the app, serves it with `vite preview`, and prints measured numbers for
 * designs of 100, 500 and 1,000 devices in Chromium, then the export and validation times of a
 * 20,000-device design (`export20kMs`) and config.ml import times (Node). Asserts nothing.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { benchDesign, benchId } from './designs';
import { jsBytes } from './bytes';
import { dragFps, emptyPanePoint, openDesign, paramToConfigMs } from './page';


const PORT = Number(process.env.BENCH_PORT ?? 4178);
const URL_ = `http://localhost:${PORT}`;
const SIZES = [100, 500, 1000];
const fmt = (x: number, unit: string) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ${unit}` : 'n/a');
const row = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

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

async function browserBench() {
  if (!process.env.BENCH_SKIP_BUILD) execSync('npx vite build', { stdio: 'ignore' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitFor(URL_, 30_000);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with an `__name` helper that page.evaluate bodies would miss.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    const requested: string[] = [];
    page.on('response', (r) => r.request().resourceType() === 'script' && requested.push(new URL(r.url()).pathname));
    const t0 = Date.now();
    await page.goto(`${URL_}/?bench`);
    await page.locator('.react-flow__node').first().waitFor();
    const startup = Date.now() - t0;
    const before = [...requested];
    console.log('\nApp start (production build, sample design)');
    row('time to first node on screen', fmt(startup, 'ms'));
    const b = jsBytes('dist', before);
    row(`JS before the canvas is usable (${before.length} files)`, `${(b.gzip / 1024).toFixed(1)} KiB gzip (${(b.raw / 1024).toFixed(0)} KiB raw)`);
    await page.locator('.mc-monaco .view-lines').first().waitFor({ timeout: 30_000 }).catch(() => {});
    const later = requested.filter((p) => !before.includes(p));
    const l = jsBytes('dist', later);
    row(`JS loaded lazily after (${later.length} files)`, `${(l.gzip / 1024).toFixed(1)} KiB gzip`);
    for (const p of later) row(`  ${p.replace(/^\/assets\//, '')}`, `${(jsBytes('dist', [p]).gzip / 1024).toFixed(1)} KiB gzip`);

    for (const n of SIZES) {
      const d = benchDesign(n);
      console.log(`\nDesign of ${d.devices.length} devices, ${d.wires.length} wires`);
      row('open → first render', fmt(await openDesign(page, d), 'ms'));
      await page.waitForTimeout(500);
      const pan = await dragFps(page, await emptyPanePoint(page), '.react-flow__viewport');
      row('fps while panning', `${fmt(pan.fps, 'fps')}${pan.moved ? '' : ' (the view did not move!)'}`);
      // The first node that is on screen and under the pointer at its centre (off-screen nodes may be mounted).
      const id = await page.evaluate(() => {
        for (const n of document.querySelectorAll('.react-flow__node')) {
          const r = n.getBoundingClientRect();
          if (n.contains(document.elementFromPoint(r.x + Math.min(20, r.width / 2), r.y + r.height / 2))) return n.getAttribute('data-id');
        }
        return null;
      });
      // Grab the node by its constructor label (the binding name is an input, the handles start wires).
      const node = page.locator(`.react-flow__node[data-id="${id}"]`);
      const label = node.locator('.dn-device');
      const box = (await label.count()) ? await label.first().boundingBox() : await node.boundingBox();
      if (box) {
        const drag = await dragFps(page, { x: box.x + Math.min(20, box.width / 2), y: box.y + box.height / 2 }, `.react-flow__node[data-id="${id}"]`);
        row('fps while dragging a device', `${fmt(drag.fps, 'fps')}${drag.moved ? '' : ' (the device did not move!)'}`);
      }
      row('parameter change → config.ml shows it', fmt(await paramToConfigMs(page, benchId(n, 'kv_0'), 'arg1', `changed_${n}`), 'ms'));
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

async function main() {
  console.log('Mirage Composer benchmark (numbers only; nothing is asserted)');
  if (!process.env.BENCH_SKIP_BROWSER) await browserBench();
  console.log('\nCode generation and validation (Node, 20,000 devices, 100,000 wires; best of 3)');
  const { exportTimes } = await import('./exportBench');
  for (const r of exportTimes()) row(r.label, fmt(r.ms, 'ms'));
  if (existsSync(new URL('../src/core/import/index.ts', import.meta.url))) {
    console.log('\nconfig.ml import (Node, tree-sitter)');
    const { importTimes } = await import('./importBench');
    for (const r of await importTimes([10, 100, 1000])) row(`${r.bindings} bindings (${(r.bytes / 1024).toFixed(0)} KiB)`, `${fmt(r.ms, 'ms')}${r.ok ? '' : ' (import reported errors)'}`);
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
