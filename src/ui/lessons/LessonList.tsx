import { LESSONS } from '../../core/lessons/index';
import { lessonHash } from './link';
import { useTeach } from './teachStore';
import { useLessonActions } from './useLessonActions';

/** Every lesson with the learner's progress: start (on a fresh design) or carry on with the current one. */
export function LessonList() {
  const progress = useTeach((s) => s.progress);
  const act = useLessonActions();
  return (
    <ol className="teach-lessons" aria-label="Lessons">
      {LESSONS.map((l, i) => {
        const p = progress.lessons[l.id];
        const state = p?.completed ? 'completed' : p && p.reached > 0 ? 'started' : 'new';
        return (
          <li key={l.id} data-testid={`lesson-item-${l.id}`} data-state={state} className={`teach-lesson ${state}`}>
            <div className="teach-lesson-head">
              <span className="teach-num" aria-hidden="true">
                {p?.completed ? '✓' : i + 1}
              </span>
              <strong>{l.title}</strong>
            </div>
            <p className="muted">{l.summary}</p>
            <div className="teach-lesson-actions">
              <button type="button" className="teach-primary" data-testid={`lesson-start-${l.id}`} onClick={() => act.start(l)}>
                {state === 'new' ? 'Start' : 'Start again'}
              </button>
              {state === 'started' && (
                <button type="button" data-testid={`lesson-continue-${l.id}`} onClick={() => act.resume(l)} title="Carry on with the design on the canvas">
                  Continue (step {Math.min(p!.reached + 1, l.steps.length)} of {l.steps.length})
                </button>
              )}
              <a className="teach-link" href={lessonHash(l.id)} title="A link that opens this lesson">
                link
              </a>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
