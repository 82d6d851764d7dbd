import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { pixelStats } from './pages/png';

test('the canvas renders the design (nodes, wires, and real pixels)', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.openFile(new URL('./fixtures/clocks-4.8.json', import.meta.url).pathname);
  await expect(editor.node('pclock')).toBeVisible();
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(4);
  const shot = await editor.canvas.screenshot();
  const stats = pixelStats(shot);
  expect(stats.colors).toBeGreaterThan(50);
  expect(stats.inked).toBeGreaterThan(0.03);
});

test('the main screen has no serious or critical accessibility violations', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(page.getByTestId('code-view')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const critical = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  expect(critical.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
