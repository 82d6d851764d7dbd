import type { KeyboardEvent, PointerEvent } from 'react';
import { type PanelId, usePanels } from './panels';

const LABEL: Record<PanelId, string> = { left: 'palette', right: 'inspector', bottom: 'code panel' };

/** A drag handle between panels (pointer drag or arrow keys); its button collapses/expands the panel. */
export function ResizeHandle({ panel }: { panel: PanelId }) {
  const size = usePanels((s) => s.size[panel]);
  const collapsed = usePanels((s) => s.collapsed[panel]);
  const vertical = panel !== 'bottom';
  const sign = panel === 'left' ? 1 : -1;
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).tagName === 'BUTTON' || collapsed) return;
    const start = vertical ? e.clientX : e.clientY;
    const startSize = size;
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => usePanels.getState().resize(panel, startSize + sign * ((vertical ? ev.clientX : ev.clientY) - start));
    const up = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
  };
  const onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 60 : 16;
    const grow = vertical ? (e.key === 'ArrowRight' ? sign : e.key === 'ArrowLeft' ? -sign : 0) : e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!grow) return;
    e.preventDefault();
    usePanels.getState().resize(panel, size + grow * step);
  };
  return (
    <div className={`handle-wrap wrap-${panel}`}>
    <div
      className={`resize-handle ${vertical ? 'vertical' : 'horizontal'} handle-${panel}`}
      role="separator"
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={`Resize ${LABEL[panel]}`}
      aria-valuenow={collapsed ? 0 : size}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKey}
      onDoubleClick={() => usePanels.getState().toggle(panel)}
    />
      <button type="button" className="collapse-btn" aria-expanded={!collapsed} aria-label={`${collapsed ? 'Show' : 'Hide'} ${LABEL[panel]}`} onClick={() => usePanels.getState().toggle(panel)}>
        {collapseGlyph(panel, collapsed)}
      </button>
    </div>
  );
}

function collapseGlyph(p: PanelId, collapsed: boolean): string {
  if (p === 'left') return collapsed ? '›' : '‹';
  if (p === 'right') return collapsed ? '‹' : '›';
  return collapsed ? '˄' : '˅';
}
