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
});
