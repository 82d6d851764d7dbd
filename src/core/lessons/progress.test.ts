import { describe, expect, it } from 'vitest';
import { helloLesson } from './lesson-hello';
import { emptyProgress, lessonStatus, parseProgress, recordProgress } from './progress';
import { after } from './testing';
import type { Lesson } from './types';

describe('lessonStatus', () => {
  it('the current step is the first not done; complete when all are', () => {
    expect(lessonStatus(helloLesson, helloLesson.start())).toMatchObject({ current: 0, complete: false });
    expect(lessonStatus(helloLesson, after(helloLesson, 2))).toMatchObject({ current: 2, complete: false });
    const s = lessonStatus(helloLesson, after(helloLesson, 4));
    expect(s).toMatchObject({ current: 4, complete: true });
    expect(s.checks.every((c) => c.done)).toBe(true);
  });
  it('a check that throws counts as not done', () => {
    const bad: Lesson = { ...helloLesson, steps: [{ ...helloLesson.steps[0]!, check: () => { throw new Error('boom'); } }] };
    expect(lessonStatus(bad, helloLesson.start())).toEqual({ checks: [{ done: false }], current: 0, complete: false });
  });
});

describe('saved progress', () => {
  it('reads what it writes and drops malformed parts', () => {
    const p = recordProgress(emptyProgress(), 'hello', lessonStatus(helloLesson, after(helloLesson, 2)));
    expect(parseProgress(JSON.parse(JSON.stringify({ ...p, active: 'hello' })))).toEqual({ active: 'hello', lessons: { hello: { reached: 2, completed: false } } });
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress('x')).toEqual(emptyProgress());
    expect(parseProgress({ active: 3, lessons: { a: { reached: -1 }, b: { reached: 1.5 }, c: 'x', d: { reached: 2, completed: 'yes' } } })).toEqual({
      active: null,
      lessons: { d: { reached: 2, completed: false } },
    });
  });
  it('the furthest step only grows, completion sticks, and no change keeps the object', () => {
    const p1 = recordProgress(emptyProgress(), 'hello', lessonStatus(helloLesson, after(helloLesson, 4)));
    expect(p1.lessons.hello).toEqual({ reached: 4, completed: true });
    const p2 = recordProgress(p1, 'hello', lessonStatus(helloLesson, after(helloLesson, 1)));
    expect(p2).toBe(p1);
  });
});
