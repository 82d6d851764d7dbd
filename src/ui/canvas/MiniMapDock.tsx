import { MiniMap, useReactFlow } from '@xyflow/react';
import { usePanels } from '../layout/panels';
import type { AppNode } from './useFlowState';

const color = (n: AppNode) => (n.type === 'note' ? 'var(--note-bg)' : (n.data.view.out?.color ?? 'var(--ty-unknown)'));

/**
 * The minimap, docked under the palette rather than over the canvas, so it never covers a port.
 * Click to centre the view there; drag to pan, wheel to zoom.
 */
export function MiniMapDock() {
  const rf = useReactFlow<AppNode>();
  const width = usePanels((s) => s.size.left) - 14;
  return (
    <div className="minimap-dock" data-testid="minimap">
      <MiniMap<AppNode>
        pannable
        zoomable
        ariaLabel="Minimap: click to go there, drag to pan"
        nodeColor={color}
        style={{ width, height: Math.round(width * 0.58) }}
        onClick={(_e, p) => void rf.setCenter(p.x, p.y, { zoom: rf.getZoom(), duration: 200 })}
      />
    </div>
  );
}
