import { expect, type Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { EditorPage } from './pages/EditorPage';
import { pixelStats, pngSize } from './pages/png';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

interface SvgFacts {
  width: number;
  height: number;
  background: string;
  devices: string[];
  wires: string[];
  texts: string[];
  legend: string[];
  groups: number;
  notes: number;
}

/** Reads a downloaded SVG in the browser's own XML parser (so it must be well-formed) and lists what it draws. */
async function svgFacts(page: Page, text: string): Promise<SvgFacts> {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('not well-formed SVG');
    const svg = doc.documentElement;
    return {
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      background: doc.querySelector('rect.background')!.getAttribute('fill')!,
      devices: [...doc.querySelectorAll('g.device')].map((g) => g.getAttribute('data-id')!),
      wires: [...doc.querySelectorAll('path.wire')].map((p) => p.getAttribute('stroke')!),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      legend: [...doc.querySelectorAll('g.legend text')].map((t) => t.textContent ?? ''),
      groups: doc.querySelectorAll('g.groups rect').length,
      notes: doc.querySelectorAll('g.notes rect').length,
    };
  }, text);
}

test.describe('export a picture', () => {
  test('SVG of the whole design (light) and of the selection (dark), with type colours and a legend; PNG at 2×', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    // A note and a group show in the picture too.
    await editor.select('net');
    await page.keyboard.press('n');
    await expect(page.getByLabel('Note text')).toBeFocused();
    await page.keyboard.type('tap0 on the host');
    await page.keyboard.press('Escape');
    await editor.select('net');
    await page.keyboard.press('g');

    // Whole design, light, from the File menu.
    await editor.clickBackground();
    await editor.fileAction('picture');
    const dialog = page.getByTestId('picture-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('picture-light').check();
    const svgFile = await editor.download(() => dialog.getByTestId('picture-svg').click());
    expect(svgFile.suggestedFilename()).toBe('http_server.svg');
    const all = await svgFacts(page, await readFile((await svgFile.path())!, 'utf8'));
    expect(all.background).toBe('#f6f7f9');
    expect(all.devices.sort()).toEqual(['http_server', 'main', 'net', 'register', 'stack', 'tcp']);
    for (const name of ['net', 'stack', 'tcp', 'http_server', 'main', 'register', 'generic_stackv4v6', 'tap0 on the host', 'Group 1']) expect(all.texts).toContain(name);
    // One coloured wire per connection, in the colours of their types (not all the same).
    expect(all.wires).toHaveLength(5);
    expect(all.wires.every((c) => /^hsl\(\d+ /.test(c))).toBe(true);
    expect(new Set(all.wires).size).toBeGreaterThanOrEqual(4);
    expect(all.legend).toEqual(expect.arrayContaining(['Types', 'network', 'stackv4v6', 'tcpv4v6', 'http_server', 'job']));
    expect(all.groups).toBe(1);
    expect(all.notes).toBe(1);

    // PNG of the same at 2×: twice the size, real pixels.
    const pngFile = await editor.download(() => dialog.getByTestId('picture-png').click());
    expect(pngFile.suggestedFilename()).toBe('http_server.png');
    const png = await readFile((await pngFile.path())!);
    expect(pngSize(png)).toEqual({ width: all.width * 2, height: all.height * 2 });
    const stats = pixelStats(png);
    expect(stats.colors).toBeGreaterThan(100);
    expect(stats.inked).toBeGreaterThan(0.05);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // The selection only, dark, from the keyboard.
    await editor.select('stack');
    await editor.node('tcp').click({ position: { x: 20, y: 10 }, modifiers: ['ControlOrMeta'] });
    await page.keyboard.press('ControlOrMeta+Shift+E');
    await expect(dialog.getByTestId('picture-selection')).toBeChecked();
    await dialog.getByTestId('picture-dark').check();
    const selFile = await editor.download(() => dialog.getByTestId('picture-svg').click());
    expect(selFile.suggestedFilename()).toBe('http_server-selection.svg');
    const sel = await svgFacts(page, await readFile((await selFile.path())!, 'utf8'));
    expect(sel.background).toBe('#14171d');
    expect(sel.devices.sort()).toEqual(['stack', 'tcp']);
    expect(sel.wires).toHaveLength(1);
    expect(sel.notes).toBe(0);
    expect(sel.width).toBeLessThan(all.width);
    // Without the legend when it is unticked.
    await dialog.getByTestId('picture-legend').uncheck();
    const bare = await svgFacts(page, await readFile((await (await editor.download(() => dialog.getByTestId('picture-svg').click())).path())!, 'utf8'));
    expect(bare.legend).toEqual([]);
  });
});
