import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('typing in code views and fields', () => {
  test('config.ml takes every key a code editor has: spaces, Enter, Tab, brackets, Ctrl+/, multi-cursor', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    const code = editor.code();
    await editor.tab('config');
    await editor.clickEndOfLine('open Mirage');
    await page.keyboard.press('Enter');
    await page.keyboard.type('let data = generic_kv_ro "htdocs"');
    expect(await editor.codeLineText('let data')).toBe('let data = generic_kv_ro "htdocs"');
    // The graph follows what was typed: a new device, named as typed.
    await expect(editor.node('data')).toBeVisible();
    await expect(editor.node('data')).toContainText('generic_kv_ro');

    // Tab indents by two spaces; brackets close themselves and are typed over.
    await editor.clickEndOfLine('let data');
    await page.keyboard.press('Enter');
    await page.keyboard.type('let pair =');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('(data, data)');
    expect(await editor.codeLineText('(data, data)')).toBe('  (data, data)');

    // Ctrl+/ comments the line out (OCaml block comment), again uncomments it.
    await page.keyboard.press('ControlOrMeta+/');
    await expect(editor.codeLine('data, data')).toHaveText('  (* (data, data) *)');
    await page.keyboard.press('ControlOrMeta+/');
    await expect.poll(() => editor.codeLineText('data, data')).toBe('  (data, data)');

    // Two cursors (Ctrl+D adds the next occurrence of the word): one typed word replaces both.
    await editor.clickEndOfLine('(data, data)');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ControlOrMeta+d');
    await page.keyboard.press('ControlOrMeta+d');
    await page.keyboard.type('kv');
    expect(await editor.codeLineText('(kv, kv)')).toBe('  (kv, kv)');
    await expect(code.locator('.cursor')).toHaveCount(2);
  });

  test('canvas shortcuts never fire while the code editor or a text field has focus', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    await editor.select('stack');
    const nodes = await editor.nodeIds();

    // In config.ml: Backspace, Delete, Ctrl+A, Ctrl+Z, Ctrl+K, Ctrl+F, ?, n, g act on the text only.
    await editor.tab('config');
    await editor.clickEndOfLine('open Mirage');
    await page.keyboard.press('Enter');
    await page.keyboard.type('(* n g w ? + - keys *)');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Delete');
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('quick-add')).toHaveCount(0);
    await expect(page.getByTestId('shortcuts')).toHaveCount(0);
    await expect(page.locator('.note-node')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('ControlOrMeta+z');
    expect(await editor.nodeIds()).toEqual(nodes);
    await expect(editor.node('stack')).toHaveClass(/selected/);
    await page.getByTestId('code-discard').click();

    // In the inspector's binding name field: typed spaces and Backspace stay in the field.
    const name = page.getByTestId('inspector').getByLabel('binding name');
    await name.click();
    await name.press('End');
    await page.keyboard.type(' x');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(name).toHaveValue('stack');
    expect(await editor.nodeIds()).toEqual(nodes);

    // In the description: spaces, Enter and Delete type text.
    await editor.clickBackground();
    const desc = page.locator('#design-description');
    await desc.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('A web server with a key value store');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    await expect(desc).toHaveValue('A web server with a key value store\nsecond line');
    expect(await editor.nodeIds()).toEqual(nodes);
  });

  test('typing in a raw OCaml parameter and in the find field keeps spaces', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    await editor.select('stack');
    await page.getByLabel(/how .*ipv4_network is given/).selectOption('ocaml');
    const raw = page.getByTestId('inspector').locator('textarea.ocaml-input').first();
    await raw.click();
    await page.keyboard.type('Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24"');
    await expect(raw).toHaveValue('Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24"');
    await editor.clickBackground();
    await expect(editor.node('stack')).toHaveCount(1);
    expect(await editor.configText()).toContain('Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24"');
    await editor.clickBackground();
    await page.keyboard.press('ControlOrMeta+f');
    const find = page.getByTestId('find-input');
    await expect(find).toBeFocused();
    await page.keyboard.type('tcp stack');
    await expect(find).toHaveValue('tcp stack');
    await expect(page.getByTestId('find-count')).toHaveText(/of 1$/);
  });
});
