import { create } from 'zustand';

/** A message for the user: errors stay until dismissed, infos fade out. */
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
}

let seq = 0;

export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  notify(n) {
    const id = ++seq;
    set((s) => ({ notices: [...s.notices.filter((x) => x.title !== n.title), { ...n, id }].slice(-4) }));
    if (n.kind === 'info') setTimeout(() => get().dismiss(id), 3500);
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((x) => x.id !== id) })),
}));

/** Shows a notice from anywhere (also outside React). */
export const notify = (n: Omit<Notice, 'id'>) => useNotices.getState().notify(n);
