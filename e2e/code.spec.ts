import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('code panel', () => {
  test('shows config.ml in Monaco and highlights the selected device’s binding', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('clocks-4.8.json'));
    await expect(editor.node('pclock')).toBeVisible();
    const code = page.getByTestId('code-view');
    await expect(code.locator('.monaco-editor')).toBeVisible();
    await expect(code.locator('.view-lines')).toContainText('open Mirage');
    await editor.node('pclock').click();
    const selected = code.locator('.mc-code-selected');
    await expect(selected.first()).toBeVisible();
    // The highlighted line is the `pclock` binding.
    const top = await selected.first().evaluate((el) => el.parentElement!.style.top || getComputedStyle(el.parentElement!).top);
    const line = code.locator('.view-line').filter({ hasText: /let\s+pclock\s*=/ });
    await expect(line).toBeVisible();
    expect(await line.evaluate((el) => (el as HTMLElement).style.top)).toBe(top);
  });

  test('clicking a binding in config.ml selects its device; Copy copies the file', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('clocks-4.8.json'));
    const code = page.getByTestId('code-view');
    await editor.select('mclock');
    const line = code.locator('.view-line').filter({ hasText: /let\s+pclock\s*=/ });
    await line.click();
    await expect(editor.node('pclock')).toHaveClass(/selected/);
    await expect(editor.node('mclock')).not.toHaveClass(/selected/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('code-copy').click();
    await expect(page.getByTestId('notice-info').filter({ hasText: 'config.ml copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^\(\* mirage >= 4\.5\.0 & < 4\.9\.0 \*\)/);
    expect(copied).toContain('let pclock = default_posix_clock');
  });

  test('the other tabs show unikernel.ml, build.sh and the launch command', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('clocks-4.8.json'));
    const code = page.getByTestId('code-view');
    await editor.tab('unikernel');
    await expect(code).toHaveAttribute('data-file', 'unikernel.ml');
    await expect(code.locator('.view-lines')).toContainText('module');
    await editor.tab('build');
    await expect(code.locator('.view-lines')).toContainText('#!/bin/sh');
    await editor.tab('launch');
    await expect(code).toHaveAttribute('data-file', 'launch');
    await expect(code.locator('.view-lines')).not.toBeEmpty();
  });
});
