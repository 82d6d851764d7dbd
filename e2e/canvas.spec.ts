import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test.describe('canvas editing', () => {
  test.beforeEach(async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newDesign();
  });

  test('adds devices from the palette by drag and by search + Enter', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.dragFromPalette('default_network', await editor.spot(0));
    await expect(editor.node('net')).toBeVisible();
    await editor.addBySearch('generic_stackv4v6');
    await expect(editor.node('stack')).toBeVisible();
    const d = await editor.savedDesign();
    expect(d.devices.map((x) => x.device).sort()).toEqual(['default_network', 'generic_stackv4v6', 'main', 'register']);
  });

  test('a wire that fits is added', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.dragFromPalette('default_network', await editor.spot(0));
    await editor.dragFromPalette('generic_stackv4v6', await editor.spot(1));
    await editor.tidy();
    await editor.wire('net', 'stack', 'arg1');
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    expect((await editor.savedDesign()).wires.map((w) => w.id)).toContain('net->stack.arg1');
  });

  test('a wire that does not fit is refused with the reason at the pointer', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.dragFromPalette('default_network', await editor.spot(0));
    await editor.dragFromPalette('tcpv4v6_of_stackv4v6', await editor.spot(1));
    await editor.tidy();
    await editor.wire('net', 'tcp', 'arg1');
    const error = page.getByTestId('connection-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('stackv4v6');
    await expect(error).toContainText('network');
    expect((await editor.savedDesign()).wires.map((w) => w.id)).not.toContain('net->tcp.arg1');
  });

  test('dropping a wire on empty canvas offers the devices it fits, already wired', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.dragFromPalette('default_network', await editor.spot(0));
    await expect(editor.node('net')).toBeVisible();
    await editor.dragBetween(editor.handle('net', 'out'), await editor.emptySpot());
    const quick = page.getByTestId('quick-add');
    await expect(quick).toBeVisible();
    await expect(quick.getByTestId('quick-add-item-generic_stackv4v6')).toBeVisible();
    await expect(quick.getByTestId('quick-add-item-tcpv4v6_of_stackv4v6')).toHaveCount(0);
    await quick.getByTestId('quick-add-item-generic_stackv4v6').click();
    await expect(editor.node('stack')).toBeVisible();
    expect((await editor.savedDesign()).wires.map((w) => w.id)).toContain('net->stack.arg1');
  });

  test('undo and redo, by button and keyboard', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.addBySearch('default_network');
    await expect(editor.node('net')).toBeVisible();
    await page.getByTestId('undo').click();
    await expect(editor.node('net')).toHaveCount(0);
    await page.getByTestId('redo').click();
    await expect(editor.node('net')).toBeVisible();
    await editor.canvas.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ControlOrMeta+z');
    await expect(editor.node('net')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(editor.node('net')).toBeVisible();
  });
});
