import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test.describe('explain', () => {
  test('the design and a selected device, per target and release, from the facts', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.fileAction('templates');
    await page.getByTestId('template-http-server').click();
    await expect(editor.node('http_server')).toBeVisible();

    await page.getByTestId('explain-button').click();
    const view = page.getByTestId('explain-view');
    await expect(view.getByTestId('explain-design')).toContainText('When it starts it accepts --port (int, default 8080)');
    await expect(view.locator('[data-testid="explain-flag"][data-flag="--port"]')).toBeVisible();
    await expect(view.locator('[data-testid="explain-flag"][data-flag="--interface"]')).toHaveCount(0);
    await expect(view.getByTestId('explain-launch')).toHaveText(/^\.\/dist\/\S+ --port=8080$/);

    // Another target: the manifest's network device and the solo5 launch.
    await view.getByTestId('explain-target').selectOption('hvt');
    await expect(view.locator('[data-testid="explain-name"][data-name="service"]')).toBeVisible();
    await expect(view.locator('[data-testid="explain-flag"][data-flag="--ipv4-gateway"]')).toBeVisible();
    await expect(view.getByTestId('explain-launch')).toContainText('solo5-hvt --net:service=');
    await expect(view.locator('[data-testid="explain-package"][data-package="mirage-net-solo5"]')).toBeVisible();

    // One device: the stack, as the design's release builds it on unix; then an older release.
    await view.getByTestId('explain-target').selectOption('unix');
    await editor.select('stack');
    const device = view.getByTestId('explain-device');
    await expect(device).toHaveAttribute('data-device', 'generic_stackv4v6');
    await expect(device).toContainText('--no-dhcp');
    await expect(device).toContainText('sockets');
    await expect(device.getByTestId('explain-history')).toContainText('4.11.0');
    await page.getByTestId('version-select').selectOption('4.10.4');
    await page.getByTestId('release-switch').click();
    await expect(device).not.toContainText('Without that flag');
    await expect(view).toContainText('Mirage 4.10.4');
    await expect(device.locator('[data-testid="explain-flag"][data-flag="--dhcp"]')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('explain.png') });
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('the Learn and Explain panels have no serious or critical accessibility violations', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.goto();
      const serious = async () =>
        (await new AxeBuilder({ page }).include('[data-testid="teach-panel"]').analyze()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await page.getByTestId('learn-button').click();
      await expect(page.getByTestId('lesson-item-hello')).toBeVisible();
      expect(await serious()).toEqual([]);
      await page.getByTestId('lesson-start-http-server').click();
      await page.getByTestId('lesson-show-me').click();
      await page.getByTestId('lesson-show-me').click();
      await expect(page.getByTestId('lesson-step-tcp')).toHaveAttribute('data-status', 'done');
      expect(await serious()).toEqual([]);
      await page.getByTestId('explain-button').click();
      await expect(page.getByTestId('explain-design')).toBeVisible();
      expect(await serious()).toEqual([]);
      await editor.select('stack');
      await expect(page.getByTestId('explain-device')).toBeVisible();
      expect(await serious()).toEqual([]);
    });
});
}
