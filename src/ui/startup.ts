import { create } from 'zustand';

/**
 * Start-up order: the canvas first. `canvasDrawn` becomes true once the first design's nodes are measured and
 * painted (or after a second, whatever the canvas shows); the panels the canvas does not need — code and problems,
 * the file menu, lessons — are fetched only then, so the JS before the canvas is usable stays small.
 */
export const useStartup = create<{ canvasDrawn: boolean }>()(() => ({ canvasDrawn: false }));

/** Marks the canvas drawn (idempotent). */
export function markCanvasDrawn(): void {
  if (!useStartup.getState().canvasDrawn) useStartup.setState({ canvasDrawn: true });
}

/** True once the canvas has drawn its first design. */
export const useCanvasDrawn = (): boolean => useStartup((s) => s.canvasDrawn);
