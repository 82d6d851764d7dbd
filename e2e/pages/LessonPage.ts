import { type Locator, type Page, expect } from '@playwright/test';
import { EditorPage } from './EditorPage';

/**
 * The Learn panel and what a learner does during a lesson: add devices by typing in the palette, wire by
 * dragging, fill inspector fields by typing, switch version/target in the header. Node ids are read from
 * the canvas selection (a new device is selected), never assumed.
 */
export class LessonPage {
  readonly editor: EditorPage;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
    this.panel = page.getByTestId('teach-panel');
  }

  async openLearn() {
    await this.page.getByTestId('learn-button').click();
    await expect(this.panel).toBeVisible();
  }

  /** Opens the lesson list and starts a lesson (its first design replaces the canvas). */
  async start(id: string) {
    if (!(await this.panel.isVisible())) await this.openLearn();
    if (await this.page.getByTestId('lesson-back').isVisible()) await this.page.getByTestId('lesson-back').click();
    await this.page.getByTestId(`lesson-start-${id}`).click();
    await expect(this.page.getByTestId('lesson-view')).toHaveAttribute('data-lesson', id);
  }

  step(id: string): Locator {
    return this.page.getByTestId(`lesson-step-${id}`);
  }

  async expectStep(id: string, status: 'done' | 'current' | 'todo') {
    await expect(this.step(id)).toHaveAttribute('data-status', status);
  }

  hint(): Locator {
    return this.panel.locator('.teach-hint');
  }

  async showMe() {
    await this.page.getByTestId('lesson-show-me').click();
  }

  async expectComplete() {
    await expect(this.page.getByTestId('lesson-complete')).toBeVisible();
    await expect(this.page.getByTestId('lesson-view')).toHaveAttribute('data-complete', 'true');
  }

  /** Types the device's name into the palette search and presses Enter; returns the new node's id. */
  async add(device: string): Promise<string> {
    const search = this.editor.paletteSearch;
    await search.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(device);
    await expect(this.page.getByTestId(`palette-item-${device}`)).toHaveAttribute('aria-selected', 'true');
    // The new device is selected and scrolled into view (nodes off screen are not in the DOM).
    const selected = () => this.page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    const before = await selected();
    await this.page.keyboard.press('Enter');
    await expect.poll(async () => (await selected()).filter((id) => !before.includes(id)).length).toBe(1);
    return (await selected()).find((id) => !before.includes(id))!;
  }

  /** Selects a node by clicking its header. */
  async select(id: string) {
    await this.editor.select(id);
  }

  /** Clicks an empty spot of the canvas: nothing selected (the inspector shows the design). */
  async selectNothing() {
    const p = await this.editor.emptySpot();
    await this.page.locator('.react-flow__pane').click({ position: p });
    await expect(this.page.getByTestId('runtime-args')).toBeVisible();
  }

  /** Types a value into a text field of the selected device's inspector and leaves it with Tab (commits). */
  async typeInField(param: string, text: string) {
    const input = this.page.getByTestId('inspector').getByTestId(`field-${param}`).locator('input, textarea').first();
    await input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** Chooses an option of a select of the selected device's inspector field. */
  async chooseInField(param: string, value: string) {
    await this.page.getByTestId('inspector').getByTestId(`field-${param}`).locator('select').first().selectOption(value);
  }

  /** Adds a functor parameter of `typ` to the selected `main`. */
  async addFunctorParam(typ: string) {
    const f = this.page.getByTestId('inspector').getByTestId('main-functor');
    const n = await f.locator('select').count();
    await f.getByRole('button', { name: '+ parameter' }).click();
    await f.getByLabel(`parameter ${n + 1} type`).selectOption(typ);
  }

  /** Types into a text input of the inspector found by its accessible label, and leaves it with Tab (commits). */
  async typeInLabelled(label: string, text: string) {
    const input = this.page.getByTestId('inspector').getByLabel(label, { exact: true });
    await input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  async target(t: string) {
    await this.page.getByTestId('target-select').selectOption(t);
  }

  /** Picks another release and switches to it as it is (the prompt's "Switch only"; the lesson does the rest by hand). */
  async version(v: string) {
    await this.page.getByTestId('version-select').selectOption(v);
    await this.page.getByTestId('release-switch').click();
  }

  /** A wire by mouse drag from the output of `from` to `port` of `to`; waits until the canvas shows it. */
  async wire(from: string, to: string, port: string) {
    await this.editor.wire(from, to, port);
    await expect(this.page.getByTestId(`rf__edge-${from}->${to}.${port}`)).toBeAttached();
  }

  async tidy() {
    await this.editor.tidy();
  }

  /** Shows the optional ports of a node (they are folded by default). */
  async showOptionalPorts(id: string) {
    const toggle = this.editor.node(id).locator('.dn-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
}
