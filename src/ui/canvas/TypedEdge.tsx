import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo, useContext, useState } from 'react';
import { useDesignStoreApi } from '../store/context';
import { derive } from '../store/derived';
import { applicationText } from './application';
import { LowZoomContext } from './lod';

export type TypedEdgeType = Edge<{ color: string; type: string }, 'typed'>;

/** A wire colored by its type; hovering it shows the functor application it stands for. */
function TypedEdgeImpl(props: EdgeProps<TypedEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, target } = props;
  const store = useDesignStoreApi();
  const [hover, setHover] = useState<string | null>(null);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const color = data?.color ?? 'var(--ty-unknown)';
  const low = useContext(LowZoomContext);
  // Far out: just the coloured path (no hover zone, no tooltip).
  if (low) return <path d={path} className={selected ? 'typed-edge selected' : 'typed-edge'} fill="none" stroke={color} strokeWidth={selected ? 5 : 3} pointerEvents="none" />;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={selected ? 'typed-edge selected' : 'typed-edge'}
        style={{ stroke: color, strokeWidth: selected ? 3.5 : 2 }}
        interactionWidth={0}
      />
      <path
        d={path}
        className="edge-hover-zone"
        fill="none"
        strokeWidth={14}
        stroke="transparent"
        onMouseEnter={() => setHover(applicationText(derive(store.getState().design).index, target))}
        onMouseLeave={() => setHover(null)}
      >
        <title>{data?.type ?? ''}</title>
      </path>
      {hover && (
        <EdgeLabelRenderer>
          <div className="edge-tooltip" role="tooltip" style={{ transform: `translate(-50%, -130%) translate(${labelX}px, ${labelY}px)` }}>
            <code>{hover}</code>
            <span className="edge-tooltip-type">{data?.type}</span>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const TypedEdge = memo(TypedEdgeImpl);
