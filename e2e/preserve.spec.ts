import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('a config.ml read into the app is kept as written', () => {
  test('opened, it shows byte for byte; a canvas edit changes only that argument; export writes it and the composer data beside it', async ({ page }) => {
    const written = readFileSync(fixture('handwritten.config.ml'), 'utf8');
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('handwritten.config.ml'));
    await expect(page.getByTestId('notice-info').filter({ hasText: 'Imported handwritten.config.ml' })).toBeVisible();
    await expect(editor.node('pages')).toBeVisible();
    expect(await editor.configText()).toBe(written);

    // Change the pages directory in the inspector, typing as a person does.
    await page.getByTestId('fit').click();
    await editor.select('pages');
    const field = page.getByTestId('inspector').getByTestId('field-arg1').locator('input');
    await field.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('public www');
    await page.keyboard.press('Enter');
    const edited = written.replace('let pages = generic_kv_ro ~key:pages_key "htdocs"', 'let pages = generic_kv_ro ~key:pages_key "public www"');
    await expect.poll(() => editor.configText()).toBe(edited);
    await page.screenshot({ path: 'test-results/preserve-edited.png' });

    const zip = await editor.exportedZip();
    const files = Object.fromEntries(Object.entries(zip.files).map(([p, c]) => [p.replace(/^[^/]+\//, ''), c]));
    expect(files['config.ml']).toBe(edited);
    expect(files['config.ml']).not.toContain('mirage-composer:');
    expect(JSON.parse(files['config.composer.json']!).positions.pages).toBeDefined();
  });

  test('a comment typed in the code panel stays through later canvas edits', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('handwritten.config.ml'));
    await expect(editor.node('pages')).toBeVisible();
    const text = await editor.configText();
    const commented = text.replace('let server =', '(* served on port 443 by default *)\nlet server =');
    await editor.editConfig(commented);
    await expect(page.getByTestId('code-dirty')).toHaveCount(0, { timeout: 15_000 });
    // Rename the unikernel in the header: only the register line changes; the comment stays.
    const name = page.getByTestId('design-name');
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('blog');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.configText()).toBe(commented.replace('register "site"', 'register "blog"'));
  });

  test('a Latin-1 config.ml is refused with the place of the byte, and nothing changes', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const before = await editor.savedDesign();
    await editor.openFile(fixture('latin1.config.ml'));
    const error = page.getByTestId('notice-error');
    await expect(error).toContainText('latin1.config.ml could not be imported');
    await expect(error).toContainText('line 2:30');
    await expect(error).toContainText('0xE9');
    expect(await editor.savedDesign()).toEqual(before);
  });
});
