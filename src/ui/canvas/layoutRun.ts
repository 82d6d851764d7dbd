import { create } from 'zustand';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Size } from './layoutRows';
import type { LayoutReply, LayoutRequest } from './layoutWorker';

/** What a running layout is doing: starting the layout engine (first run), laying out, or applying the positions. */
export type LayoutPhase = 'engine' | 'layout' | 'apply';

/** Whether an auto-layout is running (the Layout button shows it and refuses a second run), and its progress. */
export const useLayoutRun = create<{ busy: boolean; phase: LayoutPhase | null; devices: number; since: number; placed: number }>()(() => ({
  busy: false,
  phase: null,
  devices: 0,
  since: 0,
  placed: 0,
}));

let pending: Promise<void> | null = null;

/**
 * Runs `job` unless a layout is already running (then returns that run). ELK is loaded on the first
 * run, which can take a moment: `afterLayout` lets other commands (Fit) wait for it.
 */
export function runLayout(job: () => Promise<void>, devices = 0): Promise<void> {
  if (pending) return pending;
  useLayoutRun.setState({ busy: true, phase: 'engine', devices, since: performance.now(), placed: 0 });
  pending = job().finally(() => {
    pending = null;
    useLayoutRun.setState({ busy: false, phase: null });
  });
  return pending;
}

/** Marks the phase of the running layout (shown by `LayoutProgress`), and while applying it the share of devices placed (0–1). */
export function layoutPhase(phase: LayoutPhase, placed = 0): void {
  if (useLayoutRun.getState().busy) useLayoutRun.setState({ phase, placed });
}

/** Calls `f` now, or once the running layout (if any) has been applied. */
export function afterLayout(f: () => void): void {
  if (pending) void pending.then(f, f);
  else f();
}

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, { resolve(p: Record<string, { x: number; y: number }>): void; reject(e: Error): void }>();

/**
 * Lays out an ELK graph in the layout worker (started on the first call and kept: ELK loads there once, never on
 * the main thread) and wraps its rows to `width`; the new top-left position of every device.
 */
export function layoutInWorker(graph: ElkNode, sizes: ReadonlyMap<string, Size>, width: number): Promise<Record<string, { x: number; y: number }>> {
  if (!worker) {
    worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'layout' });
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      const m = e.data;
      const w = waiting.get(m.id);
      if (!w) return;
      if (m.kind === 'started') return layoutPhase('layout');
      waiting.delete(m.id);
      if (m.kind === 'failed') return w.reject(new Error(m.message));
      // Keyed by instance ids, which may be `__proto__`: no prototype.
      const pos = Object.create(null) as Record<string, { x: number; y: number }>;
      for (const [id, p] of m.positions) pos[id] = p;
      w.resolve(pos);
    };
    worker.onerror = (e) => {
      for (const w of waiting.values()) w.reject(new Error(e.message || 'the layout worker failed'));
      waiting.clear();
      worker?.terminate();
      worker = null;
    };
  }
  const id = ++next;
  const request: LayoutRequest = { id, graph, sizes: [...sizes], width };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}
