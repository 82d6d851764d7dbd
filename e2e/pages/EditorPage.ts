import { type Download, type Locator, type Page, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';

export interface SavedDesign {
  name: string;
  mirage: string;
  target: string;
  runtimeArgs: { name: string; type: string; default?: string }[];
  devices: { id: string; device: string; name: string; params: Record<string, unknown>; position: { x: number; y: number } }[];
  wires: { id: string; from: string; to: string; port: string; fromPort?: string }[];
  notes?: { id: string; text: string; position: { x: number; y: number }; attach?: string }[];
  groups?: { id: string; name: string; members: string[] }[];
}

/** The editor screen: canvas, palette, header, file menu and bottom panel. */
export class EditorPage {
  readonly canvas: Locator;
  readonly paletteSearch: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.locator('.react-flow');
    this.paletteSearch = page.getByTestId('palette-search');
    this.saveStatus = page.getByTestId('save-status');
  }

  /** Opens the app and waits until autosave is restored and the canvas shows nodes. */
  async goto(path = '/') {
    await this.page.goto(path);
    await this.ready();
  }

  async ready() {
    await expect(this.canvas).toBeVisible();
    await expect(this.saveStatus).not.toHaveAttribute('data-status', 'restoring');
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  handle(id: string, port: string | 'out'): Locator {
    return this.page.getByTestId(`handle-${id}-${port}`);
  }

  async nodeIds(): Promise<string[]> {
    return this.page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  }

  /** Selects a device by clicking its header. */
  async select(id: string) {
    await this.node(id).click({ position: { x: 20, y: 10 } });
    await expect(this.node(id)).toHaveClass(/selected/);
  }

  paletteItem(deviceId: string): Locator {
    return this.page.getByTestId(`palette-item-${deviceId}`);
  }

  /** Free spots on the canvas for new devices, left to right along the lower part of the pane. */
  async spot(i: number): Promise<{ x: number; y: number }> {
    const box = await this.page.locator('.react-flow__pane').boundingBox();
    if (!box) throw new Error('canvas not visible');
    return { x: Math.round(box.width * (0.12 + 0.22 * (i % 4))), y: Math.round(box.height * (i < 4 ? 0.7 : 0.88)) };
  }

  /** A point of the pane (relative to its top left) with no node, control or minimap under it. */
  async emptySpot(): Promise<{ x: number; y: number }> {
    const p = await this.page.evaluate(() => {
      const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
      for (let y = pane.top + pane.height * 0.45; y < pane.bottom - 30; y += 20)
        for (let x = pane.left + pane.width * 0.3; x < pane.right - 30; x += 20)
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x: x - pane.left, y: y - pane.top };
      return null;
    });
    if (!p) throw new Error('no empty spot on the canvas');
    return p;
  }

  /** Auto-layout and fit: devices side by side, all on screen (before wiring them by mouse). */
  async tidy() {
    await this.page.getByTestId('layout').click();
    // ELK loads on the first layout: wait until the positions are applied.
    await expect(this.page.getByTestId('layout')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
    await this.page.getByTestId('fit').click();
    await this.page.waitForTimeout(300);
  }

  /** Drags a palette item onto the canvas at a point relative to the canvas' top left. */
  async dragFromPalette(deviceId: string, at: { x: number; y: number }) {
    const item = this.paletteItem(deviceId);
    await item.scrollIntoViewIfNeeded();
    await item.dragTo(this.page.locator('.react-flow__pane'), { targetPosition: at });
  }

  /** Adds a device from the keyboard: Ctrl+K, type the query (with spaces), Enter. */
  async quickAdd(query: string) {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.page.getByTestId('quick-add')).toBeVisible();
    await this.page.keyboard.type(query);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('quick-add')).toHaveCount(0);
  }

  /** Searches the palette and adds the first hit with Enter. */
  async addBySearch(query: string) {
    await this.paletteSearch.fill(query);
    await this.paletteSearch.press('Enter');
  }

  /** Adds a functor parameter of `typ` to the selected `main` (its inspector). */
  async addFunctorParam(typ: string) {
    const f = this.page.getByTestId('inspector').getByTestId('main-functor');
    const n = await f.locator('select').count();
    await f.getByRole('button', { name: '+ parameter' }).click();
    await f.getByLabel(`parameter ${n + 1} type`).selectOption(typ);
  }

  /** Drags a wire from the output of `from` to input `port` of `to`. */
  async wire(from: string, to: string, port: string) {
    await this.dragBetween(this.handle(from, 'out'), this.handle(to, port));
  }

  /** Drags with the mouse from a handle to another handle or to a point of the pane. */
  async dragBetween(a: Locator, b: Locator | { x: number; y: number }) {
    const sa = await a.boundingBox();
    const pane = await this.page.locator('.react-flow__pane').boundingBox();
    const sb = 'boundingBox' in b ? await b.boundingBox() : pane && { x: pane.x + b.x, y: pane.y + b.y, width: 0, height: 0 };
    if (!sa || !sb) throw new Error('handle not visible');
    const m = this.page.mouse;
    await m.move(sa.x + sa.width / 2, sa.y + sa.height / 2);
    await m.down();
    await m.move((sa.x + sb.x) / 2, (sa.y + sb.y) / 2, { steps: 5 });
    await m.move(sb.x + sb.width / 2, sb.y + sb.height / 2, { steps: 5 });
    await m.up();
  }

  /** Presses the mouse on handle `a` and moves it over `b` without releasing (to look at what lights up); `mouse.up()` ends it. */
  async dragAndHold(a: Locator, b: Locator) {
    const sa = await a.boundingBox();
    const sb = await b.boundingBox();
    if (!sa || !sb) throw new Error('handle not visible');
    const m = this.page.mouse;
    await m.move(sa.x + sa.width / 2, sa.y + sa.height / 2);
    await m.down();
    await m.move((sa.x + sb.x) / 2, (sa.y + sb.y) / 2, { steps: 5 });
    await m.move(sb.x + sb.width / 2, sb.y + sb.height / 2, { steps: 5 });
  }

  async fileAction(id: 'new' | 'open' | 'save' | 'templates' | 'copy-config' | 'copy-link' | 'picture') {
    await this.page.getByTestId('file-menu').click();
    await this.page.getByTestId(`file-${id}`).click();
  }

  async newDesign() {
    await this.fileAction('new');
    await expect(this.page.locator('.react-flow__node')).toHaveCount(2);
  }

  /** Opens a file through the hidden file input (what the Open… picker feeds). */
  async openFile(path: string) {
    await this.page.getByTestId('file-input').setInputFiles(path);
    await this.steadyView();
  }

  /**
   * Waits until the canvas stops moving (an opened design is fitted again once its nodes are measured): a
   * person clicks what they see, not where a node was a frame before the view moved.
   */
  async steadyView() {
    const transform = () => this.page.locator('.react-flow__viewport').first().evaluate((e) => (e as HTMLElement).style.transform);
    let last = await transform();
    let since = Date.now();
    for (const end = Date.now() + 5000; Date.now() < end; ) {
      await this.page.waitForTimeout(100);
      const now = await transform();
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= 400) return;
    }
  }

  /** The design as the Save action writes it. */
  async savedDesign(): Promise<SavedDesign> {
    const download = await this.download(() => this.fileAction('save'));
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    return JSON.parse(await readFile((await download.path())!, 'utf8')) as SavedDesign;
  }

  /** The exported zip, unzipped: path → text. */
  async exportedZip(): Promise<{ name: string; files: Record<string, string> }> {
    const download = await this.download(() => this.page.getByTestId('file-export').click());
    const bytes = await readFile((await download.path())!);
    const entries = unzipSync(new Uint8Array(bytes));
    return { name: download.suggestedFilename(), files: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strFromU8(v)])) };
  }

  async download(action: () => Promise<unknown>): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return download;
  }

  /** config.ml as Copy config.ml puts it on the clipboard. */
  async copiedConfig(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.fileAction('copy-config');
    await expect(this.page.getByTestId('notice-info').filter({ hasText: 'config.ml copied' })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The share link as Copy link puts it on the clipboard. */
  async copiedLink(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.fileAction('copy-link');
    await expect(this.page.getByTestId('notice-info').filter({ hasText: 'Link copied' })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async tab(id: 'config' | 'unikernel' | 'build' | 'launch' | 'problems') {
    await this.page.getByTestId(`tab-${id}`).click();
  }

  /** The text the config.ml tab shows (through its Copy button). */
  async configText(): Promise<string> {
    await this.tab('config');
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.page.getByTestId('code-copy').click();
    await expect.poll(() => this.page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Replaces the text of the config.ml editor the way a user would: select all, paste (no auto-closing brackets). */
  async editConfig(text: string) {
    await this.tab('config');
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const lines = this.page.getByTestId('code-view').locator('.monaco-editor .view-lines');
    await lines.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The code editor of the bottom panel. */
  code(): Locator {
    return this.page.getByTestId('code-view');
  }

  /** The line of the code editor that contains `text`. */
  codeLine(text: string): Locator {
    return this.code().locator('.view-line').filter({ hasText: text }).first();
  }

  /** The exact text of that line (Monaco draws spaces as no-break spaces). */
  async codeLineText(text: string): Promise<string> {
    const line = this.codeLine(text);
    await expect(line).toBeVisible();
    return line.evaluate((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
  }

  /** Puts the cursor at the end of the code line containing `text`, the way a person does: click it, press End. */
  async clickEndOfLine(text: string) {
    await this.codeLine(text).click();
    await this.page.keyboard.press('End');
  }

  /** An empty part of the canvas (clicking it clears the selection). */
  canvasBackground(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  /** Clicks an empty spot of the canvas. */
  async clickBackground() {
    await this.canvasBackground().click({ position: await this.emptySpot() });
  }

  /** The canvas zoom (the viewport's scale). */
  async zoom(): Promise<number> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  }

  /** Presses Tab until `target` has focus (at most `max` times), as a keyboard user gets there. */
  async tabTo(target: Locator, max = 40) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      // Tab indents in the code editor (as in any code editor): a test that got there went past its target.
      if (await this.page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))) break;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  problems(): Locator {
    return this.page.getByTestId('problem-item');
  }

  /** Waits until autosave has written the current design. */
  async saved() {
    await expect(this.saveStatus).toHaveAttribute('data-status', 'saved');
  }
}
