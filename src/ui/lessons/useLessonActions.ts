import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { type Lesson, LessonActionError, type Step } from '../../core/lessons/index';
import { notify } from '../files/notices';
import { useDesignStoreApi } from '../store/context';
import { useTeach } from './teachStore';

/** Starting a lesson, "Show me", leaving: the lesson actions on the design store (all undoable). */
export function useLessonActions() {
  const store = useDesignStoreApi();
  const rf = useReactFlow();
  return useMemo(() => {
    // New nodes are measured a little after they mount; fit again once they are.
    const fitSoon = () => {
      const fit = () => void rf.fitView({ padding: 0.12, maxZoom: 1 });
      requestAnimationFrame(() => requestAnimationFrame(fit));
      setTimeout(fit, 250);
    };
    /** Replaces the design with the lesson's start (undo brings the previous design back) and opens the lesson. */
    const start = (lesson: Lesson) => {
      store.getState().replaceDesign(lesson.start(), `lesson: ${lesson.title}`);
      useTeach.getState().setActive(lesson.id);
      fitSoon();
      notify({ kind: 'info', title: `Lesson “${lesson.title}” started. Undo brings back your previous design.` });
    };
    /** Opens a lesson on the design as it is (to carry on where the learner left it). */
    const resume = (lesson: Lesson) => useTeach.getState().setActive(lesson.id);
    /** Does the step on the current design as one undoable edit; says why when it cannot. */
    const showMe = (step: Step) => {
      const teach = useTeach.getState();
      try {
        const next = step.showMe(store.getState().design);
        store.getState().applyDesign(() => next, `show me: ${step.title}`);
        teach.setShowMeError(null);
        fitSoon();
      } catch (e) {
        teach.setShowMeError(e instanceof LessonActionError ? e.message : `“Show me” could not do this step here (${String(e)}).`);
      }
    };
    return { start, resume, showMe, leave: () => useTeach.getState().setActive(null) };
  }, [store, rf]);
}
