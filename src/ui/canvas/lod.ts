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
