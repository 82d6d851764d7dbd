import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test('switching a 4.8 design to 4.11.1 reports the removed clock devices with their replacement', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.openFile(fixture('clocks-4.8.json'));
  await expect(editor.node('time')).toBeVisible();
  await editor.tab('problems');
  await expect(editor.problems().filter({ hasText: 'MC008' })).toHaveCount(0);

  await page.getByTestId('version-select').selectOption('4.11.1');
  // Picking a release asks Migrate… / Switch only / Cancel; switching only keeps the design as it is.
  await page.getByTestId('release-switch').click();
  const gone = editor.problems().filter({ hasText: 'MC008' });
  await expect(gone.first()).toBeVisible();
  await expect(gone.filter({ hasText: 'default_time' })).toHaveCount(1);
  // …with what to use instead.
  await expect(gone.filter({ hasText: 'default_time' })).toContainText('default_sleep');
  await expect(gone.filter({ hasText: 'default_posix_clock' })).toContainText('default_ptime');
  await expect(page.getByTestId('tab-problems')).toContainText(/Problems \([1-9]\d*\)/);

  // Clicking the problem selects its device on the canvas.
  await gone.filter({ hasText: 'default_time' }).click();
  await expect(editor.node('time')).toHaveClass(/selected/);
});
