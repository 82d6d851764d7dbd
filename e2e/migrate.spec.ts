import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { MigratePage } from './pages/MigratePage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test('migrating a 4.8 design to 4.11.1: preview, cancel changes nothing, apply is one undoable step', async ({ page }) => {
  const editor = new EditorPage(page);
  const migrate = new MigratePage(page);
  await editor.goto();
  await editor.openFile(fixture('clocks-4.8.json'));
  await expect(editor.node('time')).toBeVisible();
  const before = await editor.savedDesign();
  expect(before.mirage).toBe('4.8.0');

  await migrate.preview('4.11.1');
  // The change list: every line with the release that caused it, the manual steps apart.
  await expect(migrate.entries('change').first()).toHaveAttribute('data-release', '4.9.0');
  await expect(migrate.entries('change').filter({ hasText: 'no longer takes time' })).toHaveCount(1);
  const manual = migrate.entries('manual').filter({ hasText: 'Mirage_sleep.ns' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Time.sleep_ns');
  await expect(manual).toHaveAttribute('data-release', '4.9.0');
  // Side by side: config.ml and unikernel.ml at 4.8.0 on the left, 4.11.1 on the right.
  const left = await migrate.side('config.ml', 'left');
  const right = await migrate.side('config.ml', 'right');
  expect(left).toContain('let time = default_time');
  expect(left).toContain('(time @-> mclock @-> job)');
  expect(right).not.toContain('default_time');
  expect(right).toContain('main "Unikernel.Make" job');
  expect(await migrate.side('unikernel.ml', 'left')).toContain('(Time : Mirage_time.S)');
  expect(await migrate.side('unikernel.ml', 'right')).not.toContain('Mirage_time');
  await page.screenshot({ path: 'test-results/migrate-preview.png' });
  const axe = await new AxeBuilder({ page }).include('[data-testid="migrate-dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`)).toEqual([]);

  // Cancel: nothing changed, the release select shows the design's release again.
  await page.getByTestId('migrate-cancel').click();
  await expect(migrate.dialog).toHaveCount(0);
  await expect(migrate.select).toHaveValue('4.8.0');
  await expect(editor.node('time')).toBeVisible();
  expect(await editor.savedDesign()).toEqual(before);

  // Apply: the design is at 4.11.1 without the clock devices, and valid.
  await migrate.preview('4.11.1');
  await page.getByTestId('migrate-apply').click();
  await expect(migrate.dialog).toHaveCount(0);
  await expect(migrate.select).toHaveValue('4.11.1');
  await expect(editor.node('time')).toHaveCount(0);
  await expect(editor.node('pclock')).toHaveCount(0);
  await editor.tab('problems');
  await expect(editor.problems().filter({ hasText: 'MC008' })).toHaveCount(0);
  const after = await editor.savedDesign();
  expect(after.mirage).toBe('4.11.1');
  expect(after.devices.map((d) => d.device).sort()).toEqual(['default_reporter', 'main', 'register']);

  // One undo brings the 4.8 design back whole.
  await page.getByTestId('undo').click();
  await expect(migrate.select).toHaveValue('4.8.0');
  await expect(editor.node('time')).toBeVisible();
  expect(await editor.savedDesign()).toEqual(before);
});

test('an imported 4.5 config.ml migrates to 4.8.2 with the DNS client taking happy-eyeballs', async ({ page }) => {
  const editor = new EditorPage(page);
  const migrate = new MigratePage(page);
  await editor.goto();
  await editor.openFile(fixture('fetch-4.5.config.ml'));
  await expect(page.getByTestId('notice-info').filter({ hasText: 'Imported fetch-4.5.config.ml' })).toBeVisible();
  await expect(migrate.select).toHaveValue('4.5.1');

  await migrate.preview('4.8.2');
  const left = await migrate.side('config.ml', 'left');
  const right = await migrate.side('config.ml', 'right');
  expect(left).toContain('let he = generic_happy_eyeballs stack dns');
  expect(right).toContain('let he = generic_happy_eyeballs stack');
  expect(right).toContain('let dns = generic_dns_client stack he');
  expect(right).toContain('let mimic = mimic_happy_eyeballs stack he dns');
  await expect(migrate.entries('change').filter({ hasText: 'Reversed the dependency' })).toHaveAttribute('data-release', '4.6.0');
  await page.getByTestId('migrate-apply').click();
  const config = await editor.configText();
  expect(config).toMatch(/^\(\* mirage >= 4\.8/);
  expect(config).toContain('let dns = generic_dns_client stack he');
});

test('going down where the older release cannot express the design lists why and applies nothing', async ({ page }) => {
  const editor = new EditorPage(page);
  const migrate = new MigratePage(page);
  await editor.goto('/');
  await editor.fileAction('templates');
  await page.getByTestId('template-http-server').click();
  await expect(editor.node('http_server')).toBeVisible();
  await migrate.preview('4.3.0');
  await expect(migrate.entries('blocker').first()).toBeVisible();
  await expect(page.getByTestId('migrate-apply')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(migrate.dialog).toHaveCount(0);
  await expect(migrate.select).toHaveValue('4.11.1');
});

test('“Switch only” keeps the design and changes the release, as before', async ({ page }) => {
  const editor = new EditorPage(page);
  const migrate = new MigratePage(page);
  await editor.goto();
  await editor.openFile(fixture('clocks-4.8.json'));
  await expect(editor.node('time')).toBeVisible();
  await migrate.pick('4.11.1');
  await page.getByTestId('release-switch').click();
  await expect(migrate.select).toHaveValue('4.11.1');
  await expect(editor.node('time')).toBeVisible();
});

test('by keyboard: Escape on the prompt keeps the release; Enter migrates, Escape in the dialog cancels', async ({ page }) => {
  const editor = new EditorPage(page);
  const migrate = new MigratePage(page);
  await editor.goto();
  await editor.openFile(fixture('clocks-4.8.json'));
  await expect(editor.node('time')).toBeVisible();
  await migrate.pick('4.11.1');
  await expect(page.getByTestId('release-migrate')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(migrate.prompt).toHaveCount(0);
  await expect(migrate.select).toHaveValue('4.8.0');

  await migrate.pick('4.9.0');
  await page.keyboard.press('Enter');
  await expect(migrate.dialog).toBeVisible();
  await expect(migrate.dialog).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(migrate.dialog).toHaveCount(0);
  await expect(migrate.select).toHaveValue('4.8.0');
  await expect(editor.node('time')).toBeVisible();
});
