import type { Design } from '../design/schema';
import { connect } from '../graph/ops';
import type { Lesson, StepCheck } from './types';

/** Test helper: the lesson's start design after "Show me" on its first `n` steps. */
export function after(lesson: Lesson, n: number): Design {
  let d = lesson.start();
  for (const s of lesson.steps.slice(0, n)) d = s.showMe(d);
  return d;
}

/** Test helper: the check of step `id` of `lesson` on `d`. */
export function checkOf(lesson: Lesson, id: string, d: Design): StepCheck {
  const s = lesson.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${lesson.id}`);
  return s.check(d);
}

/** Test helper: the index of step `id`. */
export function stepIndex(lesson: Lesson, id: string): number {
  const i = lesson.steps.findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`no step ${id} in ${lesson.id}`);
  return i;
}

/** Test helper: `connect`, failing the test when the connection check refuses the wire. */
export function wire(d: Design, from: string, to: string, port: string): Design {
  const r = connect(d, { from, to, port });
  if ('error' in r) throw new Error(r.error.reason);
  return r.design;
}

/** Test helper: the hint of a verdict ('' for "not yet" without a hint, null when done). */
export const hintOf = (c: StepCheck): string | null => (c.done ? null : (c.hint ?? ''));

/** Test helper: the design at the start of step `id` (after "Show me" on the steps before it). */
export const at = (lesson: Lesson, id: string): Design => after(lesson, stepIndex(lesson, id));
