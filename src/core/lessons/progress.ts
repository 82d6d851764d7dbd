import type { Design } from '../design/schema';
import type { Lesson, StepCheck } from './types';

/** Where a learner stands in a lesson, computed live from the design (pure). */
export interface LessonStatus {
  /** One verdict per step. */
  checks: StepCheck[];
  /** The first step that is not done (= steps.length when all are). */
  current: number;
  complete: boolean;
}

/** Runs every step's check on `d`; a check that throws counts as "not yet" (a lesson never breaks the editor). */
export function lessonStatus(lesson: Lesson, d: Design): LessonStatus {
  const checks = lesson.steps.map((s): StepCheck => {
    try {
      return s.check(d);
    } catch {
      return { done: false };
    }
  });
  const first = checks.findIndex((c) => !c.done);
  const current = first < 0 ? checks.length : first;
  return { checks, current, complete: current === checks.length };
}

/** Saved progress (kept by the UI in local storage): the open lesson and, per lesson, how far the learner got. */
export interface Progress {
  active: string | null;
  lessons: Record<string, { reached: number; completed: boolean }>;
}

/** No lesson open, nothing done. */
export const emptyProgress = (): Progress => ({ active: null, lessons: {} });

/** Reads saved progress; anything malformed is dropped rather than trusted (never throws). */
export function parseProgress(raw: unknown): Progress {
  const out = emptyProgress();
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as { active?: unknown; lessons?: unknown };
  if (typeof r.active === 'string' && r.active.length <= 100) out.active = r.active;
  if (r.lessons && typeof r.lessons === 'object' && !Array.isArray(r.lessons)) {
    for (const [id, v] of Object.entries(r.lessons as Record<string, unknown>)) {
      if (!v || typeof v !== 'object' || id.length > 100) continue;
      const { reached, completed } = v as { reached?: unknown; completed?: unknown };
      if (typeof reached !== 'number' || !Number.isInteger(reached) || reached < 0) continue;
      out.lessons[id] = { reached, completed: completed === true };
    }
  }
  return out;
}

/**
 * Progress after seeing `status` in lesson `id`: the furthest step reached only grows, and a lesson once
 * completed stays completed. Returns the same object when nothing changes.
 */
export function recordProgress(p: Progress, id: string, status: LessonStatus): Progress {
  const old = p.lessons[id];
  const reached = Math.max(old?.reached ?? 0, status.current);
  const completed = (old?.completed ?? false) || status.complete;
  if (old && old.reached === reached && old.completed === completed) return p;
  return { ...p, lessons: { ...p.lessons, [id]: { reached, completed } } };
}
