import { useEffect, useMemo } from 'react';
import type { CSSProperties } from 'react';
import { useDesignStore } from '../store/context';
import { useUi } from '../store/uiStore';
import { catalogFor } from '../../core/catalog';
import { typeColor, typeHead } from './typeColor';

/** "Types" button with a popover listing the device types of the version in their wire colors. */
export function TypeLegend() {
  const open = useUi((s) => s.legendOpen);
  const version = useDesignStore((s) => s.design.mirage);
  const heads = useMemo(() => {
    const m = new Map<string, string>();
    for (const t of catalogFor(version).typs.values()) {
      const h = typeHead(t.type);
      if (h && !m.has(h)) m.set(h, t.name);
    }
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [version]);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!(e.target as Element | null)?.closest?.('.legend-wrap')) useUi.getState().setLegend(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);
  return (
    <div className="legend-wrap">
      <button type="button" aria-expanded={open} data-testid="legend-button" onClick={() => useUi.getState().setLegend(!open)} title="What the colors mean">
        Types
      </button>
      {open && (
        <div className="legend-popover" role="dialog" aria-label="Type colors" onKeyDown={(e) => e.key === 'Escape' && useUi.getState().setLegend(false)}>
          <ul>
            {heads.map(([head, name]) => (
              <li key={head}>
                <span className="ty-badge" style={{ '--c': typeColor(head) } as CSSProperties}>
                  {name}
                </span>
              </li>
            ))}
            <li>
              <span className="ty-badge" style={{ '--c': typeColor(null) } as CSSProperties}>
                &apos;a (not known yet)
              </span>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
