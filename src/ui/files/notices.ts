import { create } from 'zustand';

/** At most this many notices show at once (the oldest go first). */
export const MAX_NOTICES = 3;
/** How long a notice stays: infos briefly, errors long enough to read (while hovered or focused, they stay). */
export const NOTICE_MS = { info: 4000, error: 12000 } as const;

/** A message for the user; every notice expires (see `NOTICE_MS`) unless the pointer or focus holds it. */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  title: string;
  details?: string[];
}

interface NoticeState {
  notices: Notice[];
  notify(n: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  /** Held notices do not expire (pointer over them or focus in them); releasing one restarts its time. */
  hold(id: number, held: boolean): void;
}

const timers = new Map<number, ReturnType<typeof setTimeout>>();

let seq = 0;

export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  notify(n) {
    const id = ++seq;
    set((s) => ({ notices: [...s.notices.filter((x) => x.title !== n.title), { ...n, id }].slice(-MAX_NOTICES) }));
    timers.set(id, setTimeout(() => get().dismiss(id), NOTICE_MS[n.kind]));
  },
  dismiss: (id) => {
    clearTimeout(timers.get(id));
    timers.delete(id);
    set((s) => ({ notices: s.notices.filter((x) => x.id !== id) }));
  },
  hold: (id, held) => {
    clearTimeout(timers.get(id));
    const n = get().notices.find((x) => x.id === id);
    if (!held && n) timers.set(id, setTimeout(() => get().dismiss(id), NOTICE_MS[n.kind]));
  },
}));

/** Shows a notice from anywhere (also outside React). */
export const notify = (n: Omit<Notice, 'id'>) => useNotices.getState().notify(n);
