import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

/** Serious and critical axe findings on the page, as readable strings (empty = clean). */
async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('main screen, a selected device and the zoomed-out canvas have no serious or critical violations', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.goto();
      await expect(page.getByTestId('code-view')).toBeVisible();
      expect(await seriousFindings(page)).toEqual([]);

      const id = (await editor.nodeIds())[1]!;
      await editor.select(id);
      await expect(page.getByTestId('inspector')).toBeVisible();
      expect(await seriousFindings(page)).toEqual([]);

      // Far out the nodes switch to their light form: still clean.
      const zoomOut = page.getByTestId('zoom-out');
      for (let i = 0; i < 6; i++) await zoomOut.click();
      await expect(page.locator('.device-node.lite').first()).toBeVisible();
      expect(await seriousFindings(page)).toEqual([]);
    });
  });
}

test('notes, group frames, find, the shortcuts sheet and the picture dialog have no serious or critical violations', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.select('stack');
  await page.keyboard.press('n');
  await expect(page.getByLabel('Note text')).toBeFocused();
  await page.keyboard.type('a note');
  await page.keyboard.press('Escape');
  await editor.select('net');
  await page.keyboard.press('g');
  await expect(page.locator('.group-title')).toBeVisible();
  await editor.clickBackground();
  await page.keyboard.press('ControlOrMeta+f');
  await page.keyboard.type('stack');
  expect(await seriousFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(page.getByTestId('picture-dialog')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
});

test('the palette and the devices are reachable and usable by keyboard', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const before = (await editor.nodeIds()).length;
  // Palette: search field, then arrow keys + Enter add the active device.
  await editor.paletteSearch.focus();
  await page.keyboard.type('kv_ro');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
  // The listbox itself takes focus with Tab and has a label.
  await page.keyboard.press('Tab');
  const list = page.getByRole('listbox', { name: 'Devices' });
  await expect(list).toBeFocused();
  // Every node is focusable and named after its device and binding.
  const nodes = page.locator('.react-flow__node');
  for (const n of await nodes.all()) {
    await expect(n).toHaveAttribute('tabindex', '0');
    await expect(n).toHaveAttribute('aria-label', /\S+ \S+/);
  }
  await nodes.first().focus();
  await expect(nodes.first()).toBeFocused();
});
