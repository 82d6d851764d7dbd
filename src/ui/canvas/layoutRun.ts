import { create } from 'zustand';

/** Whether an auto-layout is running (the Layout button shows it and refuses a second run). */
export const useLayoutRun = create<{ busy: boolean }>()(() => ({ busy: false }));

let pending: Promise<void> | null = null;

/**
 * Runs `job` unless a layout is already running (then returns that run). ELK is loaded on the first
 * run, which can take a moment: `afterLayout` lets other commands (Fit) wait for it.
 */
export function runLayout(job: () => Promise<void>): Promise<void> {
  if (pending) return pending;
  useLayoutRun.setState({ busy: true });
  pending = job().finally(() => {
    pending = null;
    useLayoutRun.setState({ busy: false });
  });
  return pending;
}

/** Calls `f` now, or once the running layout (if any) has been applied. */
export function afterLayout(f: () => void): void {
  if (pending) void pending.then(f, f);
  else f();
}
