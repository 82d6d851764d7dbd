import { create } from 'zustand';

export type PanelId = 'left' | 'right' | 'bottom';

interface Panels {
  size: Record<PanelId, number>;
  collapsed: Record<PanelId, boolean>;
  resize(p: PanelId, px: number): void;
  toggle(p: PanelId): void;
}

const KEY = 'mirage-composer.panels';
const LIMITS: Record<PanelId, [number, number]> = { left: [160, 520], right: [220, 640], bottom: [90, 900] };
// Smaller windows start with slimmer panels, so the canvas is wide enough to read a design at its opening zoom.
const small = typeof window !== 'undefined' && window.innerWidth < 1400;
const DEFAULT = {
  size: small ? { left: 200, right: 290, bottom: 210 } : { left: 240, right: 320, bottom: 260 },
  collapsed: { left: false, right: false, bottom: false },
};

function load(): Pick<Panels, 'size' | 'collapsed'> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Pick<Panels, 'size' | 'collapsed'>> | null;
    return { size: { ...DEFAULT.size, ...raw?.size }, collapsed: { ...DEFAULT.collapsed, ...raw?.collapsed } };
  } catch {
    return DEFAULT;
  }
}

/** Panel sizes and collapsed state (remembered per browser; not part of the design). */
export const usePanels = create<Panels>()((set, get) => ({
  ...load(),
  resize: (p, px) => {
    const [lo, hi] = LIMITS[p];
    set({ size: { ...get().size, [p]: Math.round(Math.max(lo, Math.min(hi, px))) } });
    save();
  },
  toggle: (p) => {
    set({ collapsed: { ...get().collapsed, [p]: !get().collapsed[p] } });
    save();
  },
}));

function save() {
  const { size, collapsed } = usePanels.getState();
  try {
    localStorage.setItem(KEY, JSON.stringify({ size, collapsed }));
  } catch {
    /* private mode: not remembered */
  }
}
