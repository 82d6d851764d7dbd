import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';

/**
 * The least zoom at which device names, constructors and port types render at 11 px or more (their
 * smallest CSS size is 12 px): a design opens at this zoom or closer.
 */
export const READABLE_ZOOM = 0.92;

/** Below this zoom nodes and wires draw their light form (name and type colour only): only when the user zooms out. */
export const LOD_ZOOM = 0.38;

/** React Flow store selector: a boolean, so its one subscriber (the canvas) re-renders only when the zoom crosses `LOD_ZOOM`. */
export const lowZoom = (s: ReactFlowState): boolean => s.transform[2] < LOD_ZOOM;

/**
 * Whether the canvas is zoomed out below `LOD_ZOOM`. A context (one store subscription for the
 * whole canvas) rather than a selector per node and edge: 1,500 subscribers cost on every drag frame.
 */
export const LowZoomContext = createContext(false);

/** Characters of a name that fit in a light node (15 px monospace in 180 px less its borders and padding). */
export const LITE_NAME_CHARS = 16;

/** `name` cut to `LITE_NAME_CHARS` with an ellipsis: a CSS clip per node would cost on every pan frame (see app.css). */
export function liteName(name: string): string {
  const chars = [...name];
  return chars.length <= LITE_NAME_CHARS ? name : `${chars.slice(0, LITE_NAME_CHARS - 1).join('')}…`;
}
