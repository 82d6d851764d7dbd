import { type CSSProperties, type KeyboardEvent, useMemo, useState } from 'react';
import { useDesignStoreApi } from '../store/context';
import { useDerived } from '../store/derived';
import { type UiState, useUi } from '../store/uiStore';
import { type PaletteItem, fittingItems, paletteItems, searchItems } from '../palette/paletteItems';
import { addWired } from './addWired';

/** Quick-add: a search dialog (double-click on the canvas, Ctrl/Cmd+K, or a wire dropped on empty canvas). */
export function QuickAdd() {
  const qa = useUi((s) => s.quickAdd);
  if (!qa) return null;
  return <QuickAddDialog qa={qa} />;
}

function QuickAddDialog({ qa }: { qa: NonNullable<UiState['quickAdd']> }) {
  const store = useDesignStoreApi();
  const dv = useDerived();
  const target = dv.design.target;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { base, hint } = useMemo(() => {
    const all = paletteItems(dv.catalog, target);
    const p = qa.pending;
    if (!p) return { base: all, hint: null };
    if (p.side === 'source') {
      const t = dv.inference.outputType(p.node);
      return t ? { base: fittingItems(all, dv.catalog, { given: t }), hint: `taking the output of ${dv.index.byId.get(p.node)?.name ?? p.node}` } : { base: all, hint: null };
    }
    const t = p.port ? dv.inference.portType(p.node, p.port) : null;
    return t ? { base: fittingItems(all, dv.catalog, { wanted: t }), hint: `for ${p.port} of ${dv.index.byId.get(p.node)?.name ?? p.node}` } : { base: all, hint: null };
  }, [dv, target, qa.pending]);
  const items = useMemo(() => searchItems(base, query), [base, query]);
  const cur = Math.min(active, Math.max(0, items.length - 1));
  const close = () => useUi.getState().closeQuickAdd();

  const pick = (it: PaletteItem | undefined) => {
    if (!it) return;
    let id = '';
    let error: string | null = null;
    store.getState().applyDesign((d) => {
      const r = addWired(d, it.id, qa.flowPos, qa.pending);
      id = r.id;
      error = r.error;
      return r.design;
    }, 'add');
    store.getState().select([id]);
    close();
    if (error) useUi.getState().showToast(error, window.innerWidth / 2, 80);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive(Math.min(items.length - 1, cur + 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(0, cur - 1));
    else if (e.key === 'Enter') pick(items[cur]);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="quick-add" role="dialog" aria-modal="true" aria-label="Add a device" data-testid="quick-add">
        <input
          autoFocus
          className="qa-search"
          placeholder={hint ? `Devices ${hint}…` : 'Add a device…'}
          aria-label="Search devices to add"
          aria-controls="qa-list"
          aria-activedescendant={items[cur] ? `qa-${items[cur].id}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
        {hint && <div className="qa-hint">Showing devices {hint}.</div>}
        <ul id="qa-list" role="listbox" className="qa-list">
          {items.slice(0, 60).map((it, i) => (
            <li
              key={it.id}
              id={`qa-${it.id}`}
              role="option"
              aria-selected={i === cur}
              data-testid={`quick-add-item-${it.id}`}
              className={`qa-item${i === cur ? ' active' : ''}${it.onTarget ? '' : ' off-target'}`}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(it)}
            >
              <span className="pi-name">{it.id}</span>
              <span className="qa-doc">{it.doc}</span>
              <span className="ty-badge small" style={{ '--c': it.outColor } as CSSProperties}>
                {it.outType}
              </span>
            </li>
          ))}
          {!items.length && <li className="palette-empty">Nothing fits here.</li>}
        </ul>
      </div>
    </div>
  );
}
