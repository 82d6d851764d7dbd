import { Handle, Position } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { liteName } from './lod';
import type { NodeView } from './nodeView';

/**
 * The low-zoom node: a plain box with the binding name, tinted by the output type. Only the handles
 * that wires attach to are kept (stacked and hidden) so edges still have an end; nothing else.
 */
export function LiteNode({ view: v, selected }: { view: NodeView; selected: boolean }) {
  const sev = v.diag?.worst;
  return (
    <div
      className={`device-node lite${selected ? ' selected' : ''}${v.known ? '' : ' unknown'}${sev ? ` has-${sev}` : ''}`}
      style={{ '--c': v.out?.color ?? 'var(--ty-unknown)' } as CSSProperties}
    >
      <span className="dn-lite-name">{liteName(v.name)}</span>
      {v.ports.map((p) =>
        p.wires > 0 ? <Handle key={p.name} type="target" position={Position.Left} id={p.name} className="dn-handle-lite" isConnectable={false} /> : null,
      )}
      {v.out && <Handle type="source" position={Position.Right} id="out" className="dn-handle-lite" isConnectable={false} />}
      {v.extra.map((x) => (x.wires > 0 ? <Handle key={`out:${x.name}`} type="source" position={Position.Right} id={x.name} className="dn-handle-lite" isConnectable={false} /> : null))}
    </div>
  );
}
