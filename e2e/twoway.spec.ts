import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

async function openHttp(editor: EditorPage) {
  await editor.goto();
  await editor.openFile(fixture('twoway-http.json'));
  await expect(editor.node('http_server')).toBeVisible();
}

test.describe('two-way editing of config.ml', () => {
  test('the canvas follows edited code as one undoable change', async ({ page }) => {
    const editor = new EditorPage(page);
    await openHttp(editor);
    const text = await editor.configText();
    expect(text).toContain('let http_server = paf_server ~port tcp');
    const edited = text
      .replace('let http_server = paf_server ~port tcp', 'let web = paf_server ~port tcp')
      .replace('main $ http_server', 'main $ web')
      .replace('let net = default_network', 'let kv = crunch "htdocs"\nlet unused = 42\nlet net = default_network');
    await editor.editConfig(edited);
    // After the typing pause the graph follows: the renamed binding is the same node, kv is new.
    // The device the code added is brought into view and selected.
    await expect(editor.node('kv')).toBeVisible();
    await expect(editor.node('kv')).toHaveClass(/selected/);
    await page.getByTestId('fit').click();
    await expect(editor.node('http_server')).toContainText('web');
    await expect(page.getByTestId('code-dirty')).toHaveCount(0);
    // OCaml the composer does not model is kept as code, and said so.
    await expect(page.getByTestId('notice-info').filter({ hasText: 'kept as OCaml code' })).toContainText('unused');
    const saved = await editor.savedDesign();
    expect(saved.devices.map((d) => d.name).sort()).toEqual(['kv', 'main', 'net', 'register', 'stack', 'tcp', 'unused', 'web']);
    expect(saved.devices.find((d) => d.name === 'kv')).toMatchObject({ device: 'crunch', params: { arg1: 'htdocs' } });
    // What was typed stays as typed.
    expect(await editor.configText()).toBe(edited);

    // Undo outside Monaco brings back the graph and the generated code.
    await page.locator('.react-flow__pane').click({ position: await editor.emptySpot() });
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(editor.node('kv')).toHaveCount(0);
    await expect(editor.node('http_server')).toContainText('http_server');
    expect(await editor.configText()).toBe(text);
  });

  test('code that does not parse or type shows markers and problems; the graph stays', async ({ page }) => {
    const editor = new EditorPage(page);
    await openHttp(editor);
    const before = await editor.savedDesign();
    const text = await editor.configText();
    const code = page.getByTestId('code-view');

    await editor.editConfig(text.replace('let tcp = tcpv4v6_of_stackv4v6 stack', 'let tcp = tcpv4v6_of_stackv4v6 (stack'));
    await expect(code.locator('.squiggly-error').first()).toBeAttached();
    await expect(page.getByTestId('code-dirty')).toContainText('error');
    await expect(page.getByTestId('tab-problems')).toHaveClass(/mc-tab-errors/);
    await editor.tab('problems');
    await expect(page.locator('[data-testid="code-problem-item"][data-severity="error"]').first()).toBeVisible();
    expect(await editor.savedDesign()).toEqual(before);

    // A type error (paf_server needs a tcp, stack is a stackv4v6) is refused the same way.
    await editor.editConfig(text.replace('paf_server ~port tcp', 'paf_server ~port stack'));
    await expect(code.locator('.squiggly-error').first()).toBeAttached();
    await editor.tab('problems');
    await expect(page.locator('[data-testid="code-problem-item"][data-code="MC004"]')).toBeVisible();
    expect(await editor.savedDesign()).toEqual(before);

    // Clicking the problem puts the cursor on its line in config.ml.
    await page.locator('[data-testid="code-problem-item"][data-code="MC004"]').click();
    await expect(code).toHaveAttribute('data-file', 'config.ml');
  });

  test('canvas edits update the code unless it has unapplied edits; Apply and Discard', async ({ page }) => {
    const editor = new EditorPage(page);
    await openHttp(editor);
    const text = await editor.configText();
    const name = page.getByTestId('design-name');

    // Not dirty: a canvas-side edit rewrites the code.
    await name.fill('site');
    await name.press('Enter');
    await expect.poll(() => editor.configText()).toContain('register "site"');

    // Dirty (a syntax error): the code is not overwritten by canvas edits.
    const broken = (await editor.configText()).replace('let net = default_network', 'let net = default_network (');
    await editor.editConfig(broken);
    await expect(page.getByTestId('code-dirty')).toBeVisible();
    await name.fill('other');
    await name.press('Enter');
    await expect(page.getByTestId('code-dirty')).toBeVisible();
    expect(await editor.configText()).toBe(broken);

    // Discard: back to the generated code of the current design.
    await page.getByTestId('code-discard').click();
    await expect(page.getByTestId('code-dirty')).toHaveCount(0);
    await expect.poll(() => editor.configText()).toContain('register "other"');

    // Ctrl+Enter applies at once; the Apply button does too.
    await editor.editConfig(text.replace('register "http_server"', 'register "typed"'));
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(name).toHaveValue('typed');
    await editor.editConfig(text.replace('register "http_server"', 'register "button"'));
    await page.getByTestId('code-apply').click();
    await expect(name).toHaveValue('button');
  });
});
