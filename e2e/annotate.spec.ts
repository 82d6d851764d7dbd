import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

test.describe('notes and groups', () => {
  test('a sticky note and a named group are saved with the design and exported as comments above their bindings', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    await editor.tidy();

    // A note on `stack`: select it, Note, type (spaces, Enter for a second line), click away.
    await editor.select('stack');
    await page.getByTestId('add-note').click();
    const text = page.getByLabel('Note text');
    await expect(text).toBeFocused();
    await page.keyboard.type('Uses DHCP in production');
    await page.keyboard.press('Enter');
    await page.keyboard.type('(ask ops first)');
    await editor.clickBackground();
    const note = page.getByTestId('note-note1');
    await expect(note).toContainText('Uses DHCP in production');
    await expect(note).toContainText('on stack');

    // Dragged with the mouse onto `tcp`, it is pinned to `tcp` instead.
    const head = note.locator('.note-head');
    const from = (await head.boundingBox())!;
    const to = (await editor.node('tcp').boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + 6);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 4 });
    await page.mouse.move(to.x + 30, to.y + to.height - 10, { steps: 8 });
    await page.mouse.up();
    await expect(note).toContainText('on tcp');

    // A group: select three devices with Ctrl+click, Group, rename its title.
    await editor.select('net');
    await editor.node('stack').click({ position: { x: 20, y: 10 }, modifiers: ['ControlOrMeta'] });
    await editor.node('tcp').click({ position: { x: 20, y: 10 }, modifiers: ['ControlOrMeta'] });
    await page.getByTestId('add-group').click();
    const title = page.locator('.group-title');
    await expect(title).toHaveText('Group 1');
    await title.dblclick();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Network stack');
    await page.keyboard.press('Enter');
    await expect(title).toHaveText('Network stack');

    // Dragging the title moves the whole group.
    const before = await editor.savedDesign();
    const t = (await title.boundingBox())!;
    await page.mouse.move(t.x + 10, t.y + t.height / 2);
    await page.mouse.down();
    await page.mouse.move(t.x + 40, t.y + 60, { steps: 6 });
    await page.mouse.move(t.x + 90, t.y + 100, { steps: 6 });
    await page.mouse.up();
    const after = await editor.savedDesign();
    const pos = (d: typeof before, id: string) => d.devices.find((x) => x.id === id)!.position;
    const dy = pos(after, 'net').y - pos(before, 'net').y;
    expect(dy).toBeGreaterThan(40);
    for (const id of ['stack', 'tcp']) expect(pos(after, id).y - pos(before, id).y).toBe(dy);
    expect(pos(after, 'http_server')).toEqual(pos(before, 'http_server'));
    expect(after.groups).toEqual([{ id: 'group1', name: 'Network stack', members: ['net', 'stack', 'tcp'] }]);
    expect(after.notes).toEqual([expect.objectContaining({ text: 'Uses DHCP in production\n(ask ops first)', attach: 'tcp' })]);

    // config.ml (as exported) has them as comments right above the bindings they cover.
    const { files } = await editor.exportedZip();
    const config = Object.entries(files).find(([k]) => k.endsWith('config.ml'))![1].split('\n');
    const at = (s: string) => config.findIndex((l) => l.startsWith(s));
    expect(config.slice(at('let net ') - 2, at('let net '))).toEqual(['', '(* Group: Network stack (net, stack, tcp) *)']);
    expect(config.slice(at('let tcp ') - 2, at('let tcp '))).toEqual(['(* Uses DHCP in production', '   (ask ops first) *)']);

    // A reload keeps them (autosave), and so does an edit of config.ml in the code panel.
    await editor.saved();
    await page.reload();
    await editor.ready();
    await expect(page.locator('.group-title')).toHaveText('Network stack');
    await editor.clickEndOfLine('open Mirage');
    await page.keyboard.press('Enter');
    await page.keyboard.type('let extra = default_network');
    await expect(editor.node('extra')).toHaveCount(1);
    const edited = await editor.savedDesign();
    expect(edited.groups).toEqual(after.groups);
    expect(edited.notes).toEqual(after.notes);
  });

  test('deleting a grouped device takes it out of its group; the note pinned to it stays, unpinned', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    await editor.select('net');
    await page.keyboard.press('n');
    await expect(page.getByLabel('Note text')).toBeFocused();
    await page.keyboard.type('the tap interface');
    await page.keyboard.press('Escape');
    await editor.select('net');
    await editor.node('stack').click({ position: { x: 20, y: 10 }, modifiers: ['ControlOrMeta'] });
    await page.keyboard.press('g');
    await expect(page.locator('.group-title')).toHaveText('Group 1');
    await editor.clickBackground();
    await editor.select('net');
    await page.keyboard.press('Delete');
    const d = await editor.savedDesign();
    expect(d.groups).toEqual([{ id: 'group1', name: 'Group 1', members: ['stack'] }]);
    expect(d.notes).toEqual([{ id: 'note1', text: 'the tap interface', position: expect.anything() }]);
    await expect(page.getByTestId('note-note1')).not.toContainText('on net');
  });

  test('the inspector pins a note and renames or ungroups a group (no mouse drag needed)', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.openFile(fixture('twoway-http.json'));
    await expect(editor.node('http_server')).toBeVisible();
    await editor.clickBackground();
    await page.getByTestId('add-note').click();
    await expect(page.getByLabel('Note text')).toBeFocused();
    await page.keyboard.type('free note');
    await page.keyboard.press('Escape');
    await page.getByTestId('note-note1').click();
    const pin = page.getByTestId('note-pin');
    await pin.focus();
    await pin.selectOption('http_server');
    await expect(page.getByTestId('note-note1')).toContainText('on http_server');
    expect(await editor.configText()).toMatch(/\(\* free note \*\)\nlet http_server = /);

    await editor.select('tcp');
    await page.keyboard.press('g');
    await page.locator('.group-title').click();
    const panel = page.getByTestId('group-panel');
    await expect(panel).toBeVisible();
    await panel.getByLabel('group name').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Transport layer');
    await page.keyboard.press('Enter');
    await expect(page.locator('.group-title')).toHaveText('Transport layer');
    await panel.getByTestId('ungroup').click();
    await expect(page.locator('.group-title')).toHaveCount(0);
    expect((await editor.savedDesign()).groups).toBeUndefined();
  });
});
