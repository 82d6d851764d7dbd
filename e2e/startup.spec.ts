import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test('with an autosave, a reload shows it at once: the sample design never appears', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.openFile(fixture('clocks-4.8.json'));
  await expect(editor.node('pclock')).toBeVisible();
  await editor.saved();
  // Record every node id that is ever rendered after the reload.
  await page.addInitScript(() => {
    const w = window as Window & { __seen?: string[] };
    w.__seen = [];
    new MutationObserver(() => {
      for (const n of document.querySelectorAll('.react-flow__node[data-id]')) {
        const id = n.getAttribute('data-id')!;
        if (!w.__seen!.includes(id)) w.__seen!.push(id);
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.reload();
  await editor.ready();
  await expect(editor.node('pclock')).toBeVisible();
  const seen = await page.evaluate(() => (window as Window & { __seen?: string[] }).__seen ?? []);
  expect(seen).toContain('pclock');
  expect(seen).not.toContain('http_server');
  expect(seen).not.toContain('net');
});

test('Layout loads ELK (in its worker) on first use only, and its positions are applied before Fit', async ({ page }) => {
  // ELK is bundled into the layout worker's script.
  const scripts: string[] = [];
  page.on('request', (r) => /\.js(\?|$)/.test(r.url()) && scripts.push(r.url()));
  const elk = (u: string) => /elk|layoutWorker/i.test(u);
  const editor = new EditorPage(page);
  await editor.goto();
  await page.waitForTimeout(2500);
  expect(scripts.filter(elk)).toEqual([]);
  const flowPos = () => editor.node('main').evaluate((e) => (e as HTMLElement).style.transform);
  const before = await flowPos();
  await editor.tidy();
  // tidy() returned: the layout has been applied (the node moved in flow coordinates).
  expect(await flowPos()).not.toBe(before);
  expect(scripts.filter(elk).length).toBeGreaterThan(0);
  await expect(page.getByTestId('layout')).toBeEnabled();
  // After layout + fit every device is on screen.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  for (const id of await editor.nodeIds()) {
    const b = (await editor.node(id).boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(pane.x - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
  }
});

test('a long layout (400 devices) shows its progress over the canvas, then the laid-out design at a readable zoom', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.openFile(fixture('many-stacks-400.json'));
  await expect(editor.node('d400_net_0')).toBeVisible();
  const before = await editor.node('d400_net_0').evaluate((e) => (e as HTMLElement).style.transform);
  await page.getByTestId('layout').click();
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('role', 'status');
  await expect(progress).toContainText(/devices…/);
  await expect(page.getByTestId('layout')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
  await expect(progress).toHaveCount(0);
  // Shown for reading: device names at full size, not the zoomed-out boxes.
  await expect.poll(() => editor.zoom()).toBeGreaterThanOrEqual(0.9);
  await expect(page.locator('.device-node.lite')).toHaveCount(0);
  // Applied in one undoable step (Fit shows every device, so each is on the canvas to read its position).
  const position = async () => {
    await page.getByTestId('fit').click();
    await expect(editor.node('d400_net_0')).toBeAttached();
    return editor.node('d400_net_0').evaluate((e) => (e as HTMLElement).style.transform);
  };
  expect(await position()).not.toBe(before);
  await page.getByTestId('undo').click();
  await expect.poll(position).toBe(before);
});
