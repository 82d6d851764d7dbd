import { useEffect, useMemo, useRef } from 'react';
import { type Lesson, LESSONS, lessonStatus } from '../../core/lessons/index';
import { useDesignStore } from '../store/context';
import { Prose } from './Prose';
import { useTeach } from './teachStore';
import { useLessonActions } from './useLessonActions';

/** One lesson: its steps, green as soon as the design satisfies them, the current one with hint and "Show me". */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const design = useDesignStore((s) => s.design);
  const status = useMemo(() => lessonStatus(lesson, design), [lesson, design]);
  const record = useTeach((s) => s.record);
  const showMeError = useTeach((s) => s.showMeError);
  const act = useLessonActions();
  useEffect(() => record(lesson.id, status), [record, lesson.id, status]);
  // A failed "Show me" is about the design it saw: any edit clears the message.
  useEffect(() => useTeach.getState().setShowMeError(null), [design]);
  const next = LESSONS[LESSONS.indexOf(lesson) + 1];
  const view = useRef<HTMLDivElement>(null);
  // Keep the step to do (or the wrap-up) in view as steps turn green.
  const current = status.current;
  useEffect(() => {
    view.current?.querySelector('[aria-current="step"], [data-testid="lesson-complete"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <div ref={view} className="teach-lesson-view" data-testid="lesson-view" data-lesson={lesson.id} data-complete={status.complete}>
      <div className="teach-lesson-bar">
        <button type="button" data-testid="lesson-back" onClick={act.leave}>
          ← Lessons
        </button>
        <span className="muted" data-testid="lesson-progress">
          {status.checks.filter((c) => c.done).length} of {lesson.steps.length} done
        </span>
        <button type="button" data-testid="lesson-restart" onClick={() => act.start(lesson)} title="Start this lesson again from its first design (undoable)">
          Restart
        </button>
      </div>
      <h3 className="teach-title">{lesson.title}</h3>
      <Prose className="muted" text={lesson.summary} />
      <ol className="teach-steps">
        {lesson.steps.map((s, i) => {
          const c = status.checks[i]!;
          const st = c.done ? 'done' : i === status.current ? 'current' : 'todo';
          return (
            <li key={s.id} className={`teach-step ${st}`} data-testid={`lesson-step-${s.id}`} data-status={st} aria-current={st === 'current' ? 'step' : undefined}>
              <div className="teach-step-head">
                <span className="teach-mark" aria-label={st === 'done' ? 'done' : st === 'current' ? 'current step' : 'to do'}>
                  {st === 'done' ? '✓' : i + 1}
                </span>
                <strong>{s.title}</strong>
              </div>
              {st === 'current' && (
                <div className="teach-step-body">
                  <Prose text={s.task} />
                  <Prose className="teach-why" text={s.why} />
                  <div role="status" aria-live="polite">
                    {!c.done && c.hint && <Prose className="teach-hint" text={c.hint} />}
                    {showMeError && <p className="teach-hint">{showMeError}</p>}
                  </div>
                  <button type="button" data-testid="lesson-show-me" onClick={() => act.showMe(s)} title="Do this step for me (undoable)">
                    Show me
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {status.complete && (
        <div className="teach-done" data-testid="lesson-complete" role="status">
          <strong>Lesson complete.</strong>
          <Prose text={lesson.wrapUp} />
          {next ? (
            <button type="button" className="teach-primary" data-testid="lesson-next" onClick={() => act.start(next)}>
              Next: {next.title}
            </button>
          ) : (
            <button type="button" onClick={act.leave}>
              All lessons
            </button>
          )}
        </div>
      )}
    </div>
  );
}
