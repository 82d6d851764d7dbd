import { useEffect, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { lessonById } from '../../core/lessons/index';
import { notify } from '../files/notices';
import { usePanels } from '../layout/panels';
import { autosaveRestored } from '../persist/usePersistence';
import { ExplainView } from './ExplainView';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { lessonFromHash } from './link';
import { type TeachView, useTeach } from './teachStore';
import { useLessonActions } from './useLessonActions';
import './teach.css';

/**
 * The teaching entry points (default export, its own chunk): "Learn" and "Explain" buttons for the header,
 * the panel above the inspector, and lesson links (`#lesson=<id>`).
 */
export default function Teach() {
  const view = useTeach((s) => s.view);
  const toggle = (v: TeachView) => useTeach.getState().setView(view === v ? null : v);
  useLessonLink();
  return (
    <>
      <div className="hdr-group" role="group" aria-label="Teach">
        <button type="button" data-testid="learn-button" aria-pressed={view === 'learn'} onClick={() => toggle('learn')} title="Guided lessons that check your design as you go">
          Learn
        </button>
        <button type="button" data-testid="explain-button" aria-pressed={view === 'explain'} onClick={() => toggle('explain')} title="What Mirage makes of the selected device, or of the whole design">
          Explain
        </button>
      </div>
      {view && <TeachPanel view={view} />}
    </>
  );
}

/** The panel, on top of the inspector column (opened if collapsed), or floating when that column is not there. */
function TeachPanel({ view }: { view: Exclude<TeachView, null> }) {
  const active = useTeach((s) => s.progress.active);
  const lesson = active ? lessonById(active) : undefined;
  const [host, setHost] = useState<Element | null>(null);
  useLayoutEffect(() => {
    if (usePanels.getState().collapsed.right) usePanels.getState().toggle('right');
    setHost(document.querySelector('.area-right') ?? document.body);
  }, []);
  if (!host) return null;
  return createPortal(
    <aside className={`teach-panel ${view}${host === document.body ? ' floating' : ''}`} data-testid="teach-panel" aria-label={view === 'learn' ? 'Lessons' : 'Explain'}>
      <header className="teach-head">
        <h2>{view === 'learn' ? 'Learn MirageOS' : 'Explain'}</h2>
        <button type="button" className="teach-close" data-testid="teach-close" aria-label="Close the panel" onClick={() => useTeach.getState().setView(null)}>
          ×
        </button>
      </header>
      <div className="teach-body">{view === 'learn' ? lesson ? <LessonView key={lesson.id} lesson={lesson} /> : <LessonList /> : <ExplainView />}</div>
    </aside>,
    host,
  );
}

/** Opens `#lesson=<id>` once the autosave is restored and whenever the fragment changes, then clears it. */
function useLessonLink() {
  const act = useLessonActions();
  useEffect(() => {
    let live = true;
    const open = () => {
      const id = lessonFromHash(location.hash);
      if (!live || !id) return;
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      const lesson = lessonById(id);
      if (!lesson) {
        notify({ kind: 'error', title: `This link names a lesson that does not exist (“${id}”); nothing was changed.` });
        return;
      }
      // The lesson already open resumes where the learner is; another one starts from its first design.
      if (useTeach.getState().progress.active === id) useTeach.getState().setActive(id);
      else act.start(lesson);
    };
    void autosaveRestored.then(open);
    window.addEventListener('hashchange', open);
    return () => {
      live = false;
      window.removeEventListener('hashchange', open);
    };
  }, [act]);
}
