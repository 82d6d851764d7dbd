import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('feedback', () => {
  test('quick-add ranks exact and prefix matches first and keeps the list short', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.clickBackground();
    await page.keyboard.press('ControlOrMeta+k');
    const quick = page.getByTestId('quick-add');
    await page.keyboard.type('paf');
    const options = quick.getByRole('option');
    await expect(options.first()).toHaveAttribute('data-testid', 'quick-add-item-paf_server');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('arp');
    await expect(options.first()).toHaveAttribute('data-testid', 'quick-add-item-arp');
    expect(await options.count()).toBeLessThanOrEqual(6);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('default network');
    await expect(options.first()).toHaveAttribute('data-testid', 'quick-add-item-default_network');
    await page.keyboard.press('Escape');
    // The palette search ranks the same way.
    await editor.paletteSearch.click();
    await page.keyboard.type('paf');
    await expect(page.locator('.palette-list [role="option"]').first()).toHaveAttribute('data-testid', 'palette-item-paf_server');
  });

  test('the problem badge on a device is readable: white on the severity colour, 4.5:1 or more', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('stack')).toBeVisible();
    // Remove the wire into stack: its required port is open, an error.
    await page.locator('.react-flow__edge[aria-label*="from net to stack"]').click({ force: true });
    await page.keyboard.press('Delete');
    const badge = editor.node('stack').locator('.dn-diag');
    await expect(badge).toHaveText(/✕ 1/);
    const ratio = await badge.evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const st = getComputedStyle(el);
      const [a, b] = [lum(rgb(st.color)), lum(rgb(st.backgroundColor))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  test('a wire dropped on a taken port that does not fit says the type problem', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('tcp')).toBeVisible();
    await editor.dragFromPalette('default_network', await editor.spot(1));
    await expect(editor.node('net2')).toBeVisible();
    await editor.tidy();
    await editor.wire('net2', 'tcp', 'arg1');
    const error = page.getByTestId('connection-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('needs a `stackv4v6` here; `default_network` gives a `network`');
    await expect(error).toContainText('already has a wire');
  });
});
