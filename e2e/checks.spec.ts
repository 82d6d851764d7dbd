import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('problems that would stop mirage configure (issue 10, item 3)', () => {
  test('a runtime argument typed float or int list while paf_server ~port needs int is a problem with a code', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    await editor.tab('problems');
    await expect(page.locator('[data-testid="problem-item"][data-severity="error"]')).toHaveCount(0);

    // Nothing selected: the inspector shows the design's runtime arguments.
    await editor.canvas.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
    const type = page.getByTestId('runtime-args').getByLabel('OCaml type');
    const retype = async (text: string) => {
      await type.click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    };

    await retype('float');
    const clash = page.locator('[data-testid="problem-item"][data-code="MC029"]');
    await expect(clash).toHaveCount(1);
    await expect(clash).toHaveAttribute('data-severity', 'error');
    await expect(clash).toContainText('needs a runtime argument of type `int`, but `port` is of type `float`');
    // 8080 is not a float literal either.
    await expect(page.locator('[data-testid="problem-item"][data-code="MC017"]')).toContainText('`8080` is not a float literal');

    await retype('int list');
    await expect(clash).toContainText('`port` is of type `int list`');

    await retype('int');
    await expect(page.locator('[data-testid="problem-item"][data-severity="error"]')).toHaveCount(0);
  });

  test('OCaml kept on import is checked against the release: a 4.0-era foreign is an error, the rest is listed as not checked', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('foreign-4.11.config.ml'));
    await expect(page.getByTestId('notice-info').filter({ hasText: 'Imported foreign-4.11.config.ml' })).toBeVisible();
    await editor.tab('problems');
    const removed = page.locator('[data-testid="problem-item"][data-code="MC024"]');
    await expect(removed).toHaveAttribute('data-severity', 'error');
    await expect(removed).toContainText('`foreign`, which is not in Mirage 4.11.1: it was removed');
    await expect(removed).toContainText('Use `main`');
    const unchecked = page.locator('[data-testid="problem-item"][data-code="MC025"]');
    await expect(unchecked).toHaveAttribute('data-severity', 'info');
    await expect(unchecked).toContainText('not checked here');
    await page.getByTestId('problems').screenshot({ path: test.info().outputPath('problems.png') });
  });
});
