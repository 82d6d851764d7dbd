import { blockLesson } from './lesson-block';
import { clientLesson } from './lesson-client';
import { helloLesson } from './lesson-hello';
import { httpLesson } from './lesson-http';
import { kvLesson } from './lesson-kv';
import { layersLesson } from './lesson-layers';
import { loggingLesson } from './lesson-logging';
import { perTargetLesson } from './lesson-per-target';
import { targetsLesson } from './lesson-targets';
import { upgradeLesson } from './lesson-upgrade';
import type { Lesson } from './types';

/** Guided lessons: data (steps with a pure check, hint and "Show me"), in teaching order. */
export const LESSONS: readonly Lesson[] = [
  helloLesson,
  loggingLesson,
  kvLesson,
  blockLesson,
  layersLesson,
  targetsLesson,
  httpLesson,
  clientLesson,
  perTargetLesson,
  upgradeLesson,
];

/** The lesson with this id, if any. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export * from './types';
export { lessonStatus, type LessonStatus } from './progress';
export { type Progress, emptyProgress, parseProgress, recordProgress } from './progress';
export { LessonActionError } from './actions';
