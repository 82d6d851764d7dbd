import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test.describe('find on the canvas', () => {
  test('Ctrl+F finds devices by binding name, device or type, outlines them and moves between them', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.fileAction('templates');
    await page.locator('.mc-templates button').filter({ hasText: 'Git client' }).click();
    await expect(page.getByTestId('design-name')).toHaveValue('git_client');
    await editor.clickBackground();
    await page.keyboard.press('ControlOrMeta+f');
    const input = page.getByTestId('find-input');
    await expect(input).toBeFocused();
    const count = page.getByTestId('find-count');

    // By type (and name): the three transports, the two merges and main all give or take a git_client.
    await page.keyboard.type('git_client');
    await expect(count).toHaveText('0 of 6');
    // Enter goes to the first match: selected and centred, outlined as the current one.
    await page.keyboard.press('Enter');
    await expect(count).toHaveText('1 of 6');
    const first = page.locator('.react-flow__node.selected');
    await expect(first).toHaveCount(1);
    await expect(first).toBeInViewport();
    const outline = await first.locator('.device-node').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    const firstId = await first.getAttribute('data-id');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText('2 of 6');
    await expect(page.locator('.react-flow__node.selected')).not.toHaveAttribute('data-id', firstId!);
    await page.keyboard.press('Shift+Enter');
    await expect(count).toHaveText('1 of 6');
    await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', firstId!);

    // By binding name and by device, with words separated by spaces.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('over ssh');
    await expect(count).toHaveText('0 of 1');
    await page.keyboard.press('Enter');
    await expect(editor.node('over_ssh')).toHaveClass(/selected/);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('happy_eyeballs');
    await expect(count).toHaveText(/of [2-9]/);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('no such thing');
    await expect(count).toHaveText('no match');
    // Escape closes it; the outlines go.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('find-bar')).toHaveCount(0);
    await expect(editor.node('over_ssh').locator('.device-node')).toHaveCSS('outline-style', 'none');
  });
});
