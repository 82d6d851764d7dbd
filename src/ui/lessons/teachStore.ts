import { create } from 'zustand';
import { emptyProgress, type LessonStatus, parseProgress, type Progress, recordProgress } from '../../core/lessons/index';

const KEY = 'mirage-composer.lessons';

/** Saved lesson progress from local storage (empty when absent, unreadable or blocked). */
export function loadProgress(): Progress {
  try {
    return parseProgress(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
  } catch {
    return emptyProgress();
  }
}

function saveProgress(p: Progress): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Private mode or a full quota: progress lives for this page only.
  }
}

/** Which teaching panel is open beside the canvas. */
export type TeachView = 'learn' | 'explain' | null;

export interface TeachState {
  view: TeachView;
  progress: Progress;
  /** Why the last "Show me" could not be done (cleared by the next edit of the step). */
  showMeError: string | null;
  setView(v: TeachView): void;
  /** Opens a lesson (or, with null, goes back to the list); saved, so a reload resumes it. */
  setActive(id: string | null): void;
  record(id: string, status: LessonStatus): void;
  setShowMeError(e: string | null): void;
}

const initial = loadProgress();

/** Teaching UI state: the open panel and the learner's progress (saved in local storage on every change). */
export const useTeach = create<TeachState>()((set, get) => ({
  view: initial.active ? 'learn' : null,
  progress: initial,
  showMeError: null,
  setView: (view) => set({ view }),
  setActive: (active) => {
    const progress = { ...get().progress, active };
    saveProgress(progress);
    set({ progress, view: 'learn', showMeError: null });
  },
  record: (id, status) => {
    const progress = recordProgress(get().progress, id, status);
    if (progress === get().progress) return;
    saveProgress(progress);
    set({ progress });
  },
  setShowMeError: (showMeError) => set({ showMeError }),
}));
