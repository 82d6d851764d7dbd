import { expect, test } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

/** Lessons 1–4 done the way a learner does them: typing in the palette and inspector, dragging wires. */
test.describe('lessons: the basics', () => {
  test.beforeEach(async ({ page }) => {
    await new LessonPage(page).editor.goto();
  });

  test('hello: entirely by hand, with a hint for a wrong attempt and progress kept across a reload', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('hello');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await l.expectStep('main', 'current');

    const main = await l.add('main');
    await l.expectStep('main', 'done');
    await l.expectStep('module', 'current');

    // A wrong attempt gets a hint in Mirage terms, then the right value turns the step green.
    await l.select(main);
    await l.typeInLabelled('functor module', 'Hello');
    await expect(l.hint()).toContainText('Unikernel.');
    await l.typeInLabelled('functor module', 'Unikernel.Hello');
    await l.expectStep('module', 'done');

    const register = await l.add('register');
    await l.tidy();
    await l.wire(main, register, 'jobs');
    await l.expectStep('register', 'done');

    // Leave and come back: the lesson and its progress are still there.
    await l.editor.saved();
    await page.reload();
    await l.editor.ready();
    await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-lesson', 'hello');
    await l.expectStep('register', 'done');
    await l.expectStep('name', 'current');

    const name = page.getByTestId('design-name');
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('hello');
    await page.keyboard.press('Enter');
    await l.expectComplete();

    await page.getByTestId('lesson-back').click();
    await expect(page.getByTestId('lesson-item-hello')).toHaveAttribute('data-state', 'completed');
    const config = await l.editor.copiedConfig();
    expect(config).toContain('main "Unikernel.Hello" job');
    expect(config).toMatch(/register "hello" \[ main \]/);
  });

  test('logging: reporter, its level and a mock clock on register', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('logging');
    const rep = await l.add('default_reporter');
    await l.tidy();
    await l.showOptionalPorts('register');
    await l.wire(rep, 'register', 'reporter');
    await l.expectStep('reporter', 'done');

    await l.select(rep);
    await l.chooseInField('level', 'Warning');
    await expect(l.hint()).toContainText('Debug');
    await l.chooseInField('level', 'Debug');
    await l.expectStep('level', 'done');

    const clock = await l.add('mock_ptime');
    await l.tidy();
    await l.showOptionalPorts('register');
    await l.wire(clock, 'register', 'ptime');
    await l.expectComplete();
    const config = await l.editor.copiedConfig();
    expect(config).toMatch(/default_reporter ~level:\(Some Logs\.Debug\) \(\)|default_reporter ~level:Logs\.Debug \(\)/);
    expect(config).toMatch(/register .*~ptime/s);
  });

  test('kv-store: a store for htdocs, given to main, then hvt', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('kv-store');
    const kv = await l.add('generic_kv_ro');
    await l.typeInField('arg1', 'www');
    await expect(l.hint()).toContainText('htdocs');
    await l.typeInField('arg1', 'htdocs');
    await l.expectStep('store', 'done');

    await l.select('main');
    await l.addFunctorParam('kv_ro');
    await expect(l.hint()).toContainText('drag the output');
    await l.tidy();
    await l.wire(kv, 'main', 'arg1');
    await l.expectStep('main', 'done');

    await l.target('hvt');
    await l.expectComplete();
  });

  test('block-fs: a block device, chamelon with a runtime argument and its default, kv_rw for main', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('block-fs');
    const disk = await l.add('block_of_file');
    await l.typeInField('arg1', 'storage');
    await l.expectStep('block', 'done');

    const fs = await l.add('chamelon');
    await l.tidy();
    await l.wire(disk, fs, 'arg1');
    await expect(l.hint()).toContainText('program_block_size');
    await l.select(fs);
    await page.getByTestId('inspector').getByTestId('field-program_block_size').getByRole('button', { name: '+ new' }).click();
    await l.expectStep('fs', 'done');

    await l.selectNothing();
    await l.typeInLabelled('default (OCaml literal, empty = required)', '16');
    await l.expectStep('default', 'done');

    await l.select('main');
    await l.addFunctorParam('kv_rw');
    await l.tidy();
    await l.wire(fs, 'main', 'arg1');
    await l.expectComplete();
  });
});

