import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('files', () => {
  test('opening a bad file shows the specific error and leaves the design unchanged', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const before = await editor.savedDesign();

    await editor.openFile(fixture('unknown-version.json'));
    const error = page.getByTestId('notice-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('unknown-version.json');
    await expect(error).toContainText('mirage');
    expect(await editor.savedDesign()).toEqual(before);

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await editor.openFile(fixture('truncated.json'));
    await expect(page.getByTestId('notice-error')).toContainText('truncated.json');
    expect(await editor.savedDesign()).toEqual(before);
  });

  test('opening a design replaces the canvas and undo brings the previous one back', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const before = await editor.savedDesign();
    await editor.openFile(fixture('clocks-4.8.json'));
    await expect(editor.node('pclock')).toBeVisible();
    const opened = await editor.savedDesign();
    expect(opened.name).toBe('clocks');
    expect(opened.mirage).toBe('4.8.0');
    await page.getByTestId('undo').click();
    await expect(editor.node('pclock')).toHaveCount(0);
    expect((await editor.savedDesign()).name).toBe(before.name);
  });

  test('an opened design is brought into view, wherever its devices are', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('far-away.json'));
    await expect(editor.node('pclock')).toBeInViewport();
    await expect(editor.node('register')).toBeInViewport();
  });

  test('a design file dropped on the window opens', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const text = await import('node:fs/promises').then((fs) => fs.readFile(fixture('clocks-4.8.json'), 'utf8'));
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'clocks.json', { type: 'application/json' }));
      return d;
    }, text);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
    await expect(editor.node('pclock')).toBeVisible();
  });

  test('export downloads a zip with the Mirage project', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('clocks-4.8.json'));
    await expect(editor.node('pclock')).toBeVisible();
    const zip = await editor.exportedZip();
    expect(zip.name).toBe('clocks.zip');
    const paths = Object.keys(zip.files).map((p) => p.replace(/^clocks\//, ''));
    expect(paths.sort()).toEqual(['README.md', 'build.sh', 'config.composer.json', 'config.ml', 'unikernel.ml']);
    const config = Object.entries(zip.files).find(([p]) => p.endsWith('config.ml'))![1];
    expect(config).toContain('open Mirage');
    expect(config).toContain('default_posix_clock');
    expect(config).toMatch(/register\s+"clocks"/);
    // Canvas positions and other composer data are beside config.ml, not in it.
    expect(config).not.toContain('(* mirage-composer: ');
    const sidecar = Object.entries(zip.files).find(([p]) => p.endsWith('config.composer.json'))![1];
    expect(JSON.parse(sidecar).target).toBeDefined();
  });

  test('exporting a design with errors still downloads, and says it will not configure', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newDesign();
    await editor.addBySearch('generic_stackv4v6');
    await expect(editor.node('stack')).toBeVisible();
    const zip = await editor.exportedZip();
    expect(Object.keys(zip.files).some((p) => p.endsWith('config.ml'))).toBe(true);
    await expect(page.getByTestId('notice-error')).toContainText('mirage configure');
  });

  test('templates open from the gallery, undoably', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newDesign();
    await editor.fileAction('templates');
    const gallery = page.getByTestId('templates');
    await expect(gallery).toBeVisible();
    await gallery.getByTestId('template-static-website').click();
    await expect(gallery).toHaveCount(0);
    const d = await editor.savedDesign();
    expect(d.devices.map((x) => x.device)).toContain('generic_kv_ro');
    await page.getByTestId('undo').click();
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
  });
});
