import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('opening a config.ml', () => {
  test('a hand-written config.ml becomes a design on the canvas', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('static-website.config.ml'));
    await expect(page.getByTestId('notice-info').filter({ hasText: 'Imported static-website.config.ml' })).toBeVisible();
    await expect(editor.node('http_srv')).toBeVisible();
    const d = await editor.savedDesign();
    expect(d.name).toBe('www');
    expect(d.devices.map((x) => x.device).sort()).toEqual(['cohttp_server', 'conduit_direct', 'default_network', 'generic_kv_ro', 'generic_stackv4v6', 'main', 'register']);
    await editor.tab('problems');
    await expect(page.locator('[data-testid="problem-item"][data-severity="error"]')).toHaveCount(0);
  });

  test('a config.ml with a syntax error is refused with its line, and nothing changes', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const before = await editor.savedDesign();
    await editor.openFile(fixture('broken.config.ml'));
    const error = page.getByTestId('notice-error');
    await expect(error).toContainText('broken.config.ml could not be imported');
    await expect(error).toContainText('line 4:34');
    expect(await editor.savedDesign()).toEqual(before);
  });
});
