import { expect, type Page, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.use({ viewport: { width: 1280, height: 720 } });

/** The smallest rendered size (CSS px × zoom) of node titles, constructors, port names and type badges on screen. */
async function smallestText(page: Page): Promise<{ px: number; checked: number; lite: number }> {
  return page.evaluate(() => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    let px = Infinity;
    let checked = 0;
    for (const el of document.querySelectorAll<HTMLElement>('.device-node .dn-name, .device-node .dn-device, .device-node .ty-badge, .device-node .dn-port-title')) {
      const r = el.getBoundingClientRect();
      if (r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom) continue;
      checked++;
      px = Math.min(px, parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    return { px, checked, lite: document.querySelectorAll('.device-node.lite').length };
  });
}

async function expectReadable(editor: EditorPage, minDevices: number) {
  // Opening fits after the nodes are measured: let it settle.
  await editor.page.waitForTimeout(600);
  expect(await editor.zoom()).toBeGreaterThanOrEqual(0.92);
  const r = await smallestText(editor.page);
  expect(r.lite).toBe(0);
  expect(r.checked).toBeGreaterThanOrEqual(minDevices * 3);
  expect(r.px).toBeGreaterThanOrEqual(11);
}

test.describe('readable at the size it opens (1280×720)', () => {
  test('the sample opens whole, with titles and types of 11 px or more', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await expectReadable(editor, 6);
    // All six devices fit on screen.
    for (const id of ['net', 'stack', 'tcp', 'http_server', 'main', 'register']) await expect(editor.node(id)).toBeInViewport();
  });

  test('the 13-device git template opens readable, full nodes (not the reduced view)', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.fileAction('templates');
    await page.locator('.mc-templates button').filter({ hasText: 'Git client' }).click();
    await expect(page.getByTestId('design-name')).toHaveValue('git_client');
    await expect(editor.node('net')).toBeVisible();
    await expectReadable(editor, 4);
  });

  test('an imported config.ml opens readable', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('static-website.config.ml'));
    await expect(page.getByTestId('notice-info').filter({ hasText: 'Imported' })).toBeVisible();
    await expectReadable(editor, 4);
  });

  test('the reduced node view appears only when the user zooms out', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await page.waitForTimeout(400);
    await expect(page.locator('.device-node.lite')).toHaveCount(0);
    const box = (await editor.canvasBackground().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
    await expect(page.locator('.device-node.lite').first()).toBeVisible();
    expect(await editor.zoom()).toBeLessThan(0.38);
  });
});
