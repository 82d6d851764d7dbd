import { expect, type Locator, type Page, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.use({ viewport: { width: 1280, height: 720 } });

/** True when the element is drawn inside the canvas (not just somewhere on the page). */
async function inCanvas(page: Page, el: Locator): Promise<boolean> {
  const [b, c] = [await el.boundingBox(), await page.locator('.react-flow').boundingBox()];
  return !!b && !!c && b.x >= c.x && b.y >= c.y && b.x + b.width <= c.x + c.width && b.y + b.height <= c.y + c.height;
}

/** Pans the canvas by dragging its background with the mouse. */
async function pan(editor: EditorPage, dx: number, dy: number) {
  const p = await editor.emptySpot();
  const box = (await editor.canvasBackground().boundingBox())!;
  const m = editor.page.mouse;
  await m.move(box.x + p.x, box.y + p.y);
  await m.down();
  await m.move(box.x + p.x + dx / 2, box.y + p.y + dy / 2, { steps: 5 });
  await m.move(box.x + p.x + dx, box.y + p.y + dy, { steps: 5 });
  await m.up();
}

test.describe('placement and feedback on a 1280×720 window', () => {
  test('"add the usual" puts the new devices beside the device they feed, in view', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newDesign();
    await editor.clickBackground();
    await editor.quickAdd('paf server');
    await editor.select('http');
    await page.getByTestId('add-usual-arg1').click();
    for (const id of ['tcp', 'stack', 'net']) await expect.poll(() => inCanvas(page, editor.node(id))).toBe(true);
    await expect.poll(() => inCanvas(page, editor.node('http'))).toBe(true);
    // Left of what they feed, each one.
    const x = async (id: string) => (await editor.node(id).boundingBox())!.x;
    expect(await x('tcp')).toBeLessThan(await x('http'));
    expect(await x('stack')).toBeLessThan(await x('tcp'));
  });

  test('Ctrl+K adds in view even after panning away', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await pan(editor, -500, -300);
    await pan(editor, -500, -300);
    await editor.quickAdd('default network');
    await expect.poll(() => inCanvas(page, editor.node('net2'))).toBe(true);
  });

  test('the minimap sits beside the canvas (never over a port) and a click on it goes there', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const [mini, pane] = [(await page.getByTestId('minimap').boundingBox())!, (await page.locator('.react-flow').boundingBox())!];
    expect(mini.x + mini.width <= pane.x || mini.x >= pane.x + pane.width || mini.y >= pane.y + pane.height || mini.y + mini.height <= pane.y).toBe(true);
    // Every port on screen can be reached by the pointer: nothing lies over it.
    const covered = await page.locator('.react-flow__handle').evaluateAll((hs) =>
      hs.filter((h) => {
        const r = h.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.width > 0 && at !== h && !h.contains(at);
      }).length,
    );
    expect(covered).toBe(0);
    // Where `register` is drawn on the minimap: its flow position through the minimap's mapping (`data-map`).
    const spot = await page.evaluate(() => {
      const node = document.querySelector<HTMLElement>('.react-flow__node[data-id="register"]')!;
      const [, x, y] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(node.style.transform)!.map(Number);
      const mini = document.querySelector<HTMLElement>('[data-testid="minimap"] [data-map]')!;
      const [mx, my, scale] = mini.dataset.map!.split(' ').map(Number);
      const r = mini.getBoundingClientRect();
      return { x: r.left + mx! + (x! + node.offsetWidth / 2) * scale!, y: r.top + my! + (y! + node.offsetHeight / 2) * scale! };
    });
    // Pan `register` out of view, then click its spot on the minimap: it comes back into view.
    await pan(editor, -700, 0);
    await expect.poll(() => inCanvas(page, editor.node('register'))).toBe(false);
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => inCanvas(page, editor.node('register'))).toBe(true);
  });

  test('notices stack (three at most), stay off the code panel and expire', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const tab of ['config', 'unikernel', 'build', 'launch'] as const) {
      await editor.tab(tab);
      await page.getByTestId('code-copy').click();
    }
    await editor.openFile(fixture('clocks-4.8.json'));
    const notices = page.locator('.mc-notice');
    await expect(notices.filter({ hasText: 'Opened clocks-4.8.json' })).toBeVisible();
    expect(await notices.count()).toBeLessThanOrEqual(3);
    const code = (await page.getByTestId('code-view').boundingBox())!;
    for (const b of await notices.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) expect(b.y + b.height).toBeLessThanOrEqual(code.y);
    // Stacked, not piled on one another.
    const boxes = await notices.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
    await expect(notices).toHaveCount(0, { timeout: 8000 });
  });
});
