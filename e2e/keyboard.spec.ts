import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test.describe('the keyboard', () => {
  test('wires an input to an existing device: Tab to the port, Enter, filtered list, Enter connects', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newDesign();
    await editor.clickBackground();
    // Two devices added from the keyboard (Ctrl+K, type, Enter); the new one gets the focus.
    await editor.quickAdd('default network');
    await expect(editor.node('net')).toBeFocused();
    await editor.quickAdd('generic stackv4v6');
    await expect(editor.node('stack')).toBeFocused();
    // Tab into the device: its name, its output, then its input port.
    await editor.tabTo(editor.handle('stack', 'arg1'), 4);
    await page.keyboard.press('Enter');
    const list = page.getByTestId('quick-add');
    await expect(list).toBeVisible();
    // First the ports on the canvas it fits (net's output), then new devices that would fit.
    await expect(list.getByRole('option').first()).toHaveAttribute('data-testid', 'wire-target-net-out');
    await expect(list.getByTestId('quick-add-item-default_network')).toBeVisible();
    await expect(list.getByTestId('quick-add-item-generic_kv_ro')).toHaveCount(0);
    // Typing filters the list; Enter connects.
    await page.keyboard.type('net out');
    await expect(list.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
    await expect(editor.handle('stack', 'arg1')).toBeFocused();
    // Enter again on the now wired port: the list says it is taken, and by what.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('quick-add-taken')).toContainText('already wired from net');
    await page.keyboard.press('Escape');
    await expect(editor.handle('stack', 'arg1')).toBeFocused();
    expect((await editor.savedDesign()).wires.map((w) => w.id).sort()).toEqual(['main->register.jobs', 'net->stack.arg1']);
  });

  test('from an output: the list is what a drag from there lights up, and a new device comes wired', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newDesign();
    await editor.clickBackground();
    await editor.quickAdd('generic stackv4v6');
    await editor.quickAdd('tcpv4v6 of stackv4v6');
    await editor.quickAdd('tcpv4v6 of stackv4v6');
    await editor.tidy();

    // What the mouse drag from stack's output lights up…
    const out = editor.handle('stack', 'out');
    const box = (await out.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 80, { steps: 5 });
    const lit = await page.locator('.react-flow__handle.can-drop').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-nodeid')}-${e.getAttribute('data-handleid')}`).sort());
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('quick-add')).toHaveCount(0);
    expect(lit).toEqual(['tcp-arg1', 'tcp2-arg1']);

    // …is the list the keyboard offers from the same output.
    await editor.tabTo(out);
    await page.keyboard.press('Enter');
    const list = page.getByTestId('quick-add');
    const offered = await list.locator('[data-testid^="wire-target-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('wire-target-', '')).sort());
    expect(offered).toEqual(lit);
    // A new device from the same list is added beside stack, already wired.
    await page.keyboard.type('conduit');
    await page.keyboard.press('Enter');
    await expect(editor.node('conduit')).toBeInViewport();
    const d = await editor.savedDesign();
    expect(d.wires.map((w) => w.id)).toContain('stack->conduit.arg1');
  });

  test('? lists every shortcut; each canvas action has a keyboard path', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newDesign();
    await editor.clickBackground();
    await page.keyboard.press('?');
    const sheet = page.getByTestId('shortcuts');
    await expect(sheet).toBeVisible();
    for (const id of ['add', 'wire', 'wireOut', 'note', 'group', 'move', 'rename', 'delete', 'copy', 'paste', 'duplicate', 'undo', 'redo', 'find', 'zoomIn', 'zoomOut', 'fit', 'layout', 'picture', 'help'])
      await expect(sheet.getByTestId(`shortcut-${id}`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);

    // Add, move with the arrows, rename with F2.
    await editor.quickAdd('default network');
    const at = async (id: string) => (await editor.savedDesign()).devices.find((x) => x.id === id)!.position;
    const before = await at('net');
    await editor.clickBackground();
    await editor.select('net');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    // One grid step right, four down (positions snap to the 16 px grid).
    await expect.poll(async () => (await at('net')).y - before.y).toBeGreaterThanOrEqual(48);
    const moved = await at('net');
    expect(moved.x - before.x).toBeGreaterThan(0);
    expect(moved.x - before.x).toBeLessThanOrEqual(16);
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('lan');
    await page.keyboard.press('Enter');
    await expect(editor.node('net')).toContainText('lan');

    // Copy and paste: the copy (named like a new device) lands clear of the original, in view; Ctrl+D duplicates.
    await editor.select('net');
    await page.keyboard.press('ControlOrMeta+c');
    await page.keyboard.press('ControlOrMeta+v');
    await expect(editor.node('lan2')).toBeInViewport();
    const [a, b] = [await editor.node('net').boundingBox(), await editor.node('lan2').boundingBox()];
    expect(a!.y + a!.height <= b!.y || b!.y + b!.height <= a!.y || a!.x + a!.width <= b!.x || b!.x + b!.width <= a!.x).toBe(true);
    await page.keyboard.press('ControlOrMeta+d');
    await expect(editor.node('lan2_2')).toBeVisible();

    // Select all, delete, undo, redo.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(editor.node('lan2_2')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('Escape');

    // Zoom in and out, pan with the arrows, fit, layout.
    const z0 = await editor.zoom();
    await page.keyboard.press('+');
    await expect.poll(() => editor.zoom()).toBeGreaterThan(z0);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => editor.zoom()).toBeLessThan(z0);
    const t0 = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform)).not.toBe(t0);
    await page.keyboard.press('Shift+L');
    await expect(page.getByTestId('layout')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
    await page.keyboard.press('Shift+!');
    for (const id of ['net', 'lan2', 'lan2_2', 'main', 'register']) await expect(editor.node(id)).toBeInViewport();

    // Note (N), group (G), find (Ctrl+F), picture (Ctrl+Shift+E): each opens from the keyboard.
    await editor.select('lan2');
    await page.keyboard.press('n');
    await expect(page.getByLabel('Note text')).toBeFocused();
    await page.keyboard.type('spare interface');
    await page.keyboard.press('Escape');
    await editor.select('lan2');
    await page.keyboard.press('g');
    await expect(page.locator('.group-title')).toHaveText('Group 1');
    await page.keyboard.press('ControlOrMeta+f');
    await expect(page.getByTestId('find-input')).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Shift+E');
    await expect(page.getByTestId('picture-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    const d = await editor.savedDesign();
    expect(d.notes).toEqual([expect.objectContaining({ text: 'spare interface', attach: 'lan2' })]);
    expect(d.groups).toEqual([{ id: 'group1', name: 'Group 1', members: ['lan2'] }]);
  });

  test('a wire is removed and a group moved from the keyboard', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(new URL('./fixtures/twoway-http.json', import.meta.url).pathname);
    await expect(editor.node('http_server')).toBeVisible();
    // Tab reaches the wires too: Enter selects one, Delete removes it.
    const wire = page.locator('.react-flow__edge[aria-label="wire from net to stack arg1"]');
    await editor.tabTo(wire, 80);
    await page.keyboard.press('Enter');
    await expect(wire).toHaveClass(/selected/);
    await page.keyboard.press('Delete');
    await expect(wire).toHaveCount(0);
    expect((await editor.savedDesign()).wires.map((w) => w.id)).not.toContain('net->stack.arg1');

    // Group two devices; Tab to the group's title, Enter selects its devices, the arrows move them together.
    await editor.select('tcp');
    await editor.node('http_server').click({ position: { x: 20, y: 10 }, modifiers: ['ControlOrMeta'] });
    await page.keyboard.press('g');
    const title = page.locator('.group-title');
    await expect(title).toBeVisible();
    await editor.clickBackground();
    const before = await editor.savedDesign();
    await editor.tabTo(title, 80);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('group-panel')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await editor.savedDesign()).devices.find((d) => d.id === 'tcp')!.position.y).toBe(before.devices.find((d) => d.id === 'tcp')!.position.y + 32);
    const after = await editor.savedDesign();
    const y = (d: typeof after, id: string) => d.devices.find((x) => x.id === id)!.position.y;
    expect(y(after, 'http_server') - y(before, 'http_server')).toBe(32);
    expect(y(after, 'stack')).toBe(y(before, 'stack'));
  });
});
