import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('share links', () => {
  test('a copied link opens the same design for someone else', async ({ page, browser }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('clocks-4.8.json'));
    await expect(editor.node('pclock')).toBeVisible();
    const link = await editor.copiedLink();
    expect(link).toMatch(/#d1\.[\w.-]+$/);
    const sent = await editor.savedDesign();

    const other = await browser.newContext();
    const them = new EditorPage(await other.newPage());
    // The link as copied, opened on this server (whatever host name and port it runs on).
    await them.goto(`/${new URL(link).hash}`);
    await expect(them.node('pclock')).toBeVisible();
    expect(await them.savedDesign()).toEqual(sent);
    expect(new URL(them.page.url()).hash).toBe('');
    await other.close();
  });

  test('a tampered link is refused with a clear error and nothing changes', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('clocks-4.8.json'));
    await expect(editor.node('pclock')).toBeVisible();
    const link = new URL(await editor.copiedLink());
    await editor.saved();
    const before = await editor.savedDesign();

    const frag = link.hash.slice(1);
    const mid = Math.floor(frag.length / 2);
    const flipped = `${frag.slice(0, mid)}${frag[mid] === 'A' ? 'B' : 'A'}${frag.slice(mid + 1)}`;
    for (const bad of [flipped, frag.slice(0, -8)]) {
      await page.goto('about:blank');
      await editor.goto(`/#${bad}`);
      await expect(page.getByTestId('notice-error')).toContainText('share link');
      expect(await editor.savedDesign()).toEqual(before);
    }
  });
});
