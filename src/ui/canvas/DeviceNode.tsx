import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo, useContext, useState } from 'react';
import { handleKey, useUi } from '../store/uiStore';
import { BindingName } from './BindingName';
import { LiteNode } from './LiteNode';
import { LowZoomContext } from './lod';
import type { NodeView, PortView } from './nodeView';

export type DeviceNodeType = Node<{ view: NodeView }, 'device'>;

/** Per-handle drag status as one string ('+' may receive, '-' may not, ' ' no drag), so nodes re-render only when it changes. */
function useDragMarks(view: NodeView): string {
  return useUi((s) => {
    const d = s.drag;
    if (!d) return '';
    const keys = [...view.ports.map((p) => handleKey(view.id, p.name)), handleKey(view.id, 'out'), ...view.extra.map((x) => handleKey(view.id, x.name))];
    return keys.map((k) => (d.ok.has(k) ? '+' : '-')).join('');
  });
}

function DeviceNodeImpl(props: NodeProps<DeviceNodeType>) {
  const low = useContext(LowZoomContext);
  return low ? <LiteNode view={props.data.view} selected={props.selected} /> : <FullNode {...props} />;
}

function FullNode({ data, selected }: NodeProps<DeviceNodeType>) {
  const v = data.view;
  const marks = useDragMarks(v);
  const [showOptional, setShowOptional] = useState(false);
  const dragging = marks !== '';
  const mark = (i: number) => (dragging ? (marks[i] === '+' ? ' can-drop' : ' no-drop') : '');
  const optionalCount = v.ports.filter((p) => p.optional && p.wires === 0).length;
  const visible = (p: PortView, i: number) => !p.optional || p.wires > 0 || showOptional || marks[i] === '+';
  const sev = v.diag?.worst;
  return (
    <div
      className={`device-node${selected ? ' selected' : ''}${v.known ? '' : ' unknown'}${sev ? ` has-${sev}` : ''}`}
      title={v.doc}
    >
      <div className="dn-head">
        <span className="dn-device">{v.device}</span>
        {v.diag && (
          <span className={`dn-diag dn-diag-${v.diag.worst}`} title={v.diag.messages.join('\n')} role="img" aria-label={`${v.diag.count} problem${v.diag.count > 1 ? 's' : ''}, worst: ${v.diag.worst}`}>
            {v.diag.worst === 'error' ? '✕' : v.diag.worst === 'warning' ? '!' : 'i'} {v.diag.count}
          </span>
        )}
      </div>
      <BindingName id={v.id} name={v.name} />
      {v.out && (
        <div className="dn-out" role="note" aria-label={`output: ${v.out.type}`}>
          <span className="ty-badge" style={{ '--c': v.out.color } as CSSProperties}>
            {v.out.type}
          </span>
          <Handle
            type="source"
            position={Position.Right}
            id="out"
            className={`dn-handle${mark(v.ports.length)}`}
            style={{ '--c': v.out.color } as CSSProperties}
            data-testid={`handle-${v.id}-out`}
            title={`output: ${v.out.type}`}
            tabIndex={0}
            role="button"
            aria-label={`output of ${v.name}: ${v.out.type}. Enter to wire it.`}
          />
        </div>
      )}
      {v.extra.map((x, i) => (
        <div key={x.name} className="dn-out dn-out-extra" role="note" aria-label={`also returns ${x.name}: ${x.type}`}>
          <span className="dn-out-name" title={`${v.device} also returns ${x.name}: bound as a second name in config.ml`}>
            {x.name}
          </span>
          <span className="ty-badge" style={{ '--c': x.color } as CSSProperties}>
            {x.type}
          </span>
          <Handle
            type="source"
            position={Position.Right}
            id={x.name}
            className={`dn-handle dn-handle-extra${mark(v.ports.length + 1 + i)}`}
            style={{ '--c': x.color } as CSSProperties}
            data-testid={`handle-${v.id}-${x.name}`}
            title={`output ${x.name}: ${x.type}`}
            tabIndex={0}
            role="button"
            aria-label={`output ${x.name} of ${v.name}: ${x.type}. Enter to wire it.`}
          />
        </div>
      ))}
      <ul className="dn-ports">
        {v.ports.map((p, i) =>
          visible(p, i) ? (
            <li
              key={p.name}
              className={`dn-port${p.optional ? ' optional' : ''}${p.open ? ' open' : ''}`}
              aria-label={`input ${p.title}: ${p.type}${p.optional ? ', optional' : ''}${p.open ? ', required and not connected' : ''}`}
            >
              <Handle
                type="target"
                position={Position.Left}
                id={p.name}
                className={`dn-handle${mark(i)}`}
                style={{ '--c': p.color } as CSSProperties}
                data-testid={`handle-${v.id}-${p.name}`}
                title={`${p.title}: ${p.type}${p.optional ? ' (optional)' : ''}`}
                tabIndex={0}
                role="button"
                aria-label={`input ${p.title} of ${v.name}: ${p.type}. Enter to wire it.`}
              />
              <span className="dn-port-title">{p.title}</span>
              <span className="ty-badge small" style={{ '--c': p.color } as CSSProperties}>
                {p.type}
                {p.many ? ' list' : ''}
              </span>
              {p.open && <span className="dn-open" title="Required: nothing is wired in">●</span>}
            </li>
          ) : null,
        )}
      </ul>
      {optionalCount > 0 && (
        <button type="button" className="dn-toggle nodrag" onClick={() => setShowOptional((x) => !x)} aria-expanded={showOptional}>
          {showOptional ? 'hide optional' : `${optionalCount} optional port${optionalCount > 1 ? 's' : ''}`}
        </button>
      )}
    </div>
  );
}

/** The one node component for every device, driven by its catalog-derived view. */
export const DeviceNode = memo(DeviceNodeImpl);
