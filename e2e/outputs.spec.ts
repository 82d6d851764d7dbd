import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

/**
 * A device with several results: `generic_stackv4v6_with_lease` (Mirage 4.11.0+) returns
 * `stackv4v6 impl * lease impl`. Its `lease` output is a handle of its own, wired by mouse and keyboard.
 */
test.describe('a device with several results', () => {
  /** The new stack's instance id (its binding name, as the app chose it). */
  let stack = '';
  test.beforeEach(async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const version = page.getByTestId('version-select');
    if ((await version.inputValue()) !== '4.11.1') {
      await version.selectOption('4.11.1');
      await page.getByTestId('release-switch').click();
    }
    await expect(version).toHaveValue('4.11.1');
    await editor.newDesign();
    await editor.quickAdd('default network');
    await expect(editor.node('net')).toBeVisible();
    await editor.quickAdd('generic_stackv4v6_with_lease');
    // The device just added is the selected one.
    stack = (await page.locator('.react-flow__node.selected').getAttribute('data-id')) ?? '';
    await expect(editor.handle(stack, 'lease')).toBeVisible();
  });

  test('its lease output is wired into main by mouse; a port of another type refuses it with the reason', async ({ page }) => {
    const editor = new EditorPage(page);
    const node = editor.node(stack);
    // The extra output: its own row with its name and type, beside the main result.
    await expect(node.getByRole('note', { name: 'output: stackv4v6' })).toBeVisible();
    await expect(node.getByRole('note', { name: 'also returns lease: lease' })).toContainText('lease');
    await node.screenshot({ path: test.info().outputPath('stack-with-lease.png') });

    await editor.tidy();
    await editor.select('main');
    await editor.addFunctorParam('stackv4v6');
    await editor.addFunctorParam('lease');
    await editor.tidy();
    await editor.wire('net', stack, 'arg1');

    // While dragging from the lease output only the lease port of main lights up.
    await editor.dragAndHold(editor.handle(stack, 'lease'), editor.handle('main', 'arg1'));
    await expect(editor.handle('main', 'arg2')).toHaveClass(/can-drop/);
    await expect(editor.handle('main', 'arg1')).toHaveClass(/no-drop/);
    await page.mouse.up();
    // Dropped on the stackv4v6 port: refused, with the reason at the pointer.
    const error = page.getByTestId('connection-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('needs a `stackv4v6`');
    await expect(error).toContainText('gives a `lease`');
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);

    await editor.wire(stack, 'main', 'arg1');
    // From main's lease port back to the lease output (an input dragged onto an output).
    await editor.dragBetween(editor.handle('main', 'arg2'), editor.handle(stack, 'lease'));
    await expect(page.locator(`.react-flow__edge[aria-label="wire from ${stack} lease to main arg2"]`)).toHaveCount(1);

    await page.locator('.canvas').screenshot({ path: test.info().outputPath('lease-wired.png') });
    const saved = await editor.savedDesign();
    expect(saved.wires).toContainEqual(expect.objectContaining({ from: stack, fromPort: 'lease', to: 'main', port: 'arg2' }));
    await editor.tab('problems');
    await expect(page.locator('[data-testid="problem-item"][data-severity="error"]')).toHaveCount(0);
    const config = await editor.configText();
    const m = /let (\w+), (\w+) =\s*generic_stackv4v6_with_lease\b[^\n]* net\b/.exec(config);
    expect(m, config).not.toBeNull();
    const [, s, l] = m!;
    expect(config).toContain('(stackv4v6 @-> lease @-> job)');
    expect(config).toMatch(new RegExp(`main \\$ ${s} \\$ ${l}\\b`));
  });

  test('from the lease output by keyboard: the wire picker lists the lease ports and the devices that take a lease', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.tidy();
    await editor.select('main');
    await editor.addFunctorParam('lease');
    await editor.clickBackground();
    await editor.tabTo(editor.handle(stack, 'lease'), 80);
    await page.keyboard.press('Enter');
    const quick = page.getByTestId('quick-add');
    await expect(quick).toBeVisible();
    await expect(quick.getByTestId('wire-target-main-arg1')).toBeVisible();
    await expect(quick.getByTestId('quick-add-item-generic_dns_client')).toBeVisible();
    await expect(quick.getByTestId('quick-add-item-tcpv4v6_of_stackv4v6')).toHaveCount(0);
    await page.keyboard.type('dns client');
    await page.keyboard.press('Enter');
    await expect(quick).toHaveCount(0);
    const saved = await editor.savedDesign();
    const dns = saved.devices.find((d) => d.device === 'generic_dns_client')!;
    expect(saved.wires).toContainEqual(expect.objectContaining({ from: stack, fromPort: 'lease', to: dns.id, port: 'dhcp_lease' }));

    // And from main's lease port: the list offers `stack.lease`, Enter wires it (click main, Tab to its port).
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await editor.steadyView();
    await editor.select('main');
    await editor.tabTo(editor.handle('main', 'arg1'), 20);
    await page.keyboard.press('Enter');
    await expect(quick.getByTestId(`wire-target-${stack}-lease`)).toContainText(`${stack}.lease`);
    await expect(quick.getByTestId(`wire-target-${stack}-out`)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.locator(`.react-flow__edge[aria-label="wire from ${stack} lease to main arg1"]`)).toHaveCount(1);
  });
});
