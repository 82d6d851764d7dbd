import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('autosave', () => {
  test('the design and its undo history survive a reload', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('clocks-4.8.json'));
    await expect(editor.node('pclock')).toBeVisible();
    await editor.saved();
    await page.reload();
    await editor.ready();
    await expect(editor.node('pclock')).toBeVisible();
    expect((await editor.savedDesign()).name).toBe('clocks');
    // The open was an undoable step before the reload, and still is after it.
    await page.getByTestId('undo').click();
    await expect(editor.node('pclock')).toHaveCount(0);
    await page.getByTestId('redo').click();
    await expect(editor.node('pclock')).toBeVisible();
  });

  test('a second tab does not silently overwrite the first one', async ({ page, context }) => {
    const first = new EditorPage(page);
    await first.goto();
    await first.saved();
    const second = new EditorPage(await context.newPage());
    await second.goto();
    await expect(second.page.getByTestId('tab-conflict')).toBeVisible();
    await expect(second.saveStatus).toHaveAttribute('data-status', 'readonly');
    await second.page.getByTestId('take-over').click();
    await expect(second.saveStatus).toHaveAttribute('data-status', 'saved');
    await expect(first.page.getByTestId('tab-conflict')).toBeVisible();
    await expect(first.saveStatus).toHaveAttribute('data-status', 'readonly');
  });
});
