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

test('Layout loads ELK on first use only, and its positions are applied before Fit', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const editor = new EditorPage(page);
  await editor.goto();
  await page.waitForTimeout(2500);
  expect(scripts.filter((u) => /elk/i.test(u))).toEqual([]);
  const flowPos = () => editor.node('main').evaluate((e) => (e as HTMLElement).style.transform);
  const before = await flowPos();
  await editor.tidy();
  // tidy() returned: the layout has been applied (the node moved in flow coordinates).
  expect(await flowPos()).not.toBe(before);
  expect(scripts.filter((u) => /elk/i.test(u)).length).toBeGreaterThan(0);
  await expect(page.getByTestId('layout')).toBeEnabled();
  // After layout + fit every device is on screen.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  for (const id of await editor.nodeIds()) {
    const b = (await editor.node(id).boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(pane.x - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
  }
});
