import { describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import { DesignSchema } from '../design/schema';
import { validateDesign } from '../validate/index';
import { LESSONS, lessonById, lessonStatus } from './index';
import { after } from './testing';

describe('lessons', () => {
  it('are at least 8, with unique lesson ids and unique step ids per lesson', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) {
      expect(new Set(l.steps.map((s) => s.id)).size, l.id).toBe(l.steps.length);
      expect(l.steps.length, l.id).toBeGreaterThanOrEqual(3);
      expect(lessonById(l.id)).toBe(l);
    }
    expect(lessonById('nope')).toBeUndefined();
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      it('starts from a valid design, a fresh copy each time', () => {
        const a = lesson.start();
        expect(DesignSchema.safeParse(a).success).toBe(true);
        expect(lesson.start()).toEqual(a);
        expect(lesson.start()).not.toBe(a);
      });

      lesson.steps.forEach((step, i) => {
        it(`step ${step.id}: not done before its "Show me", done after it, earlier steps stay done`, () => {
          const before = after(lesson, i);
          expect(lessonStatus(lesson, before).current).toBe(i);
          const wrong = step.check(before);
          expect(wrong.done).toBe(false);
          const right = step.showMe(before);
          expect(step.check(right)).toEqual({ done: true });
          expect(lessonStatus(lesson, right).current).toBeGreaterThan(i);
          // "Show me" on a design where the step is already done changes nothing the check sees.
          expect(step.check(step.showMe(right))).toEqual({ done: true });
        });
      });

      it('ends with a design the validator accepts and the code generator prints', () => {
        const d = after(lesson, lesson.steps.length);
        expect(lessonStatus(lesson, d).complete).toBe(true);
        expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
        expect(printConfigMl(d).text).toContain('register');
      });
    });
  }
});
