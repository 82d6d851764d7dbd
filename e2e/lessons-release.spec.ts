import { expect, test } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

/** Lessons 9–10 and the Learn panel itself: links, Show me, undo. */
test.describe('lessons: targets and releases', () => {
  test.beforeEach(async ({ page }) => {
    await new LessonPage(page).editor.goto();
  });

  test('per-target: if_impl Key.is_solo5 between a disk and a ramdisk, then unix', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('per-target');
    await expect(page.getByTestId('target-select')).toHaveValue('hvt');
    const disk = await l.add('block_of_file');
    await l.typeInField('arg1', 'storage');
    const mem = await l.add('ramdisk');
    await l.typeInField('arg1', 'storage');
    await l.expectStep('devices', 'done');

    const choice = await l.add('if_impl');
    await expect(l.hint()).toContainText('Key.is_solo5');
    await page.getByTestId('inspector').getByLabel('how cond is given').selectOption('ocaml');
    await l.typeInField('cond', 'Key.is_solo5');
    await l.tidy();
    await l.wire(disk, choice, 'then');
    await l.wire(mem, choice, 'else');
    await l.expectStep('choice', 'done');

    await l.wire(choice, 'main', 'arg1');
    await l.expectStep('main', 'done');
    await l.target('unix');
    await l.expectComplete();
    expect(await l.editor.copiedConfig()).toMatch(/if_impl \(?Key\.is_solo5\)? disk ramdisk/);
  });

  test('upgrade: from 4.8.0 to the newest release, deleting what is gone', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('upgrade');
    await expect(page.getByTestId('version-select')).toHaveValue('4.8.0');
    const newest = await page.getByTestId('version-select').locator('option').first().getAttribute('value');
    await l.version(newest!);
    await l.expectStep('release', 'done');
    await expect(l.hint()).toContainText('default_time');

    // Delete the devices the release no longer has: select each, press Delete.
    for (const device of ['default_time', 'default_monotonic_clock', 'default_posix_clock']) {
      const node = page.locator('.react-flow__node').filter({ has: page.locator('.dn-device', { hasText: new RegExp(`^${device}$`) }) });
      await l.select((await node.getAttribute('data-id'))!);
      await page.keyboard.press('Delete');
      await expect(node).toHaveCount(0);
    }
    await l.expectStep('devices', 'done');

    await l.select('main');
    const functor = page.getByTestId('inspector').getByTestId('main-functor');
    await functor.getByRole('button', { name: 'remove parameter 2' }).click();
    await functor.getByRole('button', { name: 'remove parameter 1' }).click();
    await l.expectComplete();
    await l.editor.tab('problems');
    await expect(page.locator('[data-testid="problem-item"][data-severity="error"]')).toHaveCount(0);
  });

  test('a lesson opens by link, "Show me" does a step (undoably), and the list remembers progress', async ({ page }) => {
    const l = new LessonPage(page);
    await page.goto('/#lesson=http-server');
    await l.editor.ready();
    await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-lesson', 'http-server');
    await expect(page).not.toHaveURL(/#lesson=/);
    await expect(page.getByTestId('design-name')).toHaveValue('web');
    await l.expectStep('stack', 'current');

    await l.showMe();
    await l.expectStep('stack', 'done');
    await expect(l.editor.node('stack')).toBeVisible();
    await page.getByTestId('undo').click();
    await l.expectStep('stack', 'current');
    await page.getByTestId('redo').click();
    await l.expectStep('stack', 'done');
    await l.showMe();
    await l.expectStep('tcp', 'done');

    // Back to the list: the lesson can be continued where it was.
    await page.getByTestId('lesson-back').click();
    await expect(page.getByTestId('lesson-item-http-server')).toHaveAttribute('data-state', 'started');
    await page.getByTestId('lesson-continue-http-server').click();
    await l.expectStep('server', 'current');

    // A link to a lesson that does not exist changes nothing and says so.
    await page.evaluate(() => (location.hash = '#lesson=no-such-lesson'));
    await expect(page.getByTestId('notice-error')).toContainText('no-such-lesson');
    await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-lesson', 'http-server');
  });
});
