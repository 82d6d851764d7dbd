import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';

/** Below this zoom nodes and wires draw their light form (name and type colour only). */
export const LOD_ZOOM = 0.38;

/** React Flow store selector: a boolean, so its one subscriber (the canvas) re-renders only when the zoom crosses `LOD_ZOOM`. */
export const lowZoom = (s: ReactFlowState): boolean => s.transform[2] < LOD_ZOOM;

/**
 * Whether the canvas is zoomed out below `LOD_ZOOM`. A context (one store subscription for the
 * whole canvas) rather than a selector per node and edge: 1,500 subscribers cost on every drag frame.
 */
export const LowZoomContext = createContext(false);
