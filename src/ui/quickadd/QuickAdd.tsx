import { type CSSProperties, type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { connect } from '../../core/graph/ops';
import { connectionFor } from '../canvas/candidates';
import { spotFor } from '../canvas/place';
import { useDesignStoreApi } from '../store/context';
import { useDerived } from '../store/derived';
import { outputType } from '../canvas/nodeView';
import { handleSelector, nodeSelector, pendingHandle, type UiState, useUi } from '../store/uiStore';
import { type PaletteItem, fittingItems, paletteItems, searchItems } from '../palette/paletteItems';
import { addWired } from './addWired';
import { filterTargets, type WireTarget, wireTargets } from './wireTargets';

/**
 * Quick-add: a search dialog (double-click on the canvas, Ctrl/Cmd+K, a wire dropped on empty canvas,
 * or Enter on a focused port). With a dangling wire it lists first the ports already on the canvas the
 * wire fits (the handles a drag lights up), then the devices it fits, added already wired.
 */
export function QuickAdd() {
  const qa = useUi((s) => s.quickAdd);
  if (!qa) return null;
  return <QuickAddDialog qa={qa} />;
}

type Row = { kind: 'port'; t: WireTarget } | { kind: 'device'; it: PaletteItem };

function QuickAddDialog({ qa }: { qa: NonNullable<UiState['quickAdd']> }) {
  const store = useDesignStoreApi();
  const dv = useDerived();
  const target = dv.design.target;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { base, hint, targets, taken } = useMemo(() => {
    const all = paletteItems(dv.catalog, target);
    const p = qa.pending;
    if (!p) return { base: all, hint: null, targets: [], taken: null };
    const of = dv.index.byId.get(p.node)?.name ?? p.node;
    const targets = wireTargets(dv, p);
    // An input that takes one wire and has it: say so (nothing can be wired there until it is removed).
    const port = p.side === 'target' && p.port ? dv.index.ports(p.node).find((x) => x.name === p.port) : undefined;
    const wired = port && !port.many ? dv.index.incoming(p.node).get(port.name)?.[0] : undefined;
    const taken = wired ? (dv.index.byId.get(wired.from)?.name ?? wired.from) : null;
    if (p.side === 'source') {
      // From one of several outputs (`lease`): what takes that one.
      const t = outputType(dv.index, dv.inference, p.node, p.port ?? undefined);
      return { base: t ? fittingItems(all, dv.catalog, { given: t }) : all, hint: p.port ? `taking ${of}.${p.port}` : `taking the output of ${of}`, targets, taken };
    }
    const t = p.port ? dv.inference.portType(p.node, p.port) : null;
    return { base: t ? fittingItems(all, dv.catalog, { wanted: t }) : all, hint: `for ${p.port} of ${of}`, targets, taken };
  }, [dv, target, qa.pending]);
  const rows = useMemo<Row[]>(
    () => [...filterTargets(targets, query).map((t) => ({ kind: 'port' as const, t })), ...searchItems(base, query).slice(0, 60).map((it) => ({ kind: 'device' as const, it }))],
    [targets, base, query],
  );
  const cur = Math.min(active, Math.max(0, rows.length - 1));
  const close = () => useUi.getState().closeQuickAdd();
  // Escape gives the focus back to where it was (a port, the canvas): read while rendering, before the
  // search field takes it.
  const [prev] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(
    () => () => {
      if (prev && prev !== document.body && document.contains(prev)) prev.focus({ preventScroll: true });
    },
    [prev],
  );

  const wireTo = (t: WireTarget) => {
    const conn = qa.pending && connectionFor(qa.pending, t.node, t.port, t.side);
    if (!conn) return;
    const r = connect(store.getState().design, conn);
    close();
    if ('error' in r) useUi.getState().showToast(r.error.reason, window.innerWidth / 2, 80);
    else {
      store.getState().applyDesign(() => r.design, 'connect');
      // Back to the port the wire started from, so the next one can be wired from the keyboard.
      const from = qa.pending!;
      useUi.getState().revealIds([t.node, from.node], handleSelector(from.node, pendingHandle(from), from.side));
    }
  };
  const add = (it: PaletteItem) => {
    let id = '';
    let error: string | null = null;
    store.getState().applyDesign((d) => {
      const r = addWired(d, it.id, spotFor(d, qa.flowPos, qa.pending), qa.pending);
      id = r.id;
      error = r.error;
      return r.design;
    }, 'add');
    store.getState().select([id]);
    close();
    useUi.getState().revealIds([id], nodeSelector(id));
    if (error) useUi.getState().showToast(error, window.innerWidth / 2, 80);
  };
  const pick = (r: Row | undefined) => {
    if (!r) return;
    if (r.kind === 'port') wireTo(r.t);
    else add(r.it);
  };
  const move = (i: number) => {
    setActive(i);
    document.getElementById(rowId(rows[i]))?.scrollIntoView({ block: 'nearest' });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') move(Math.min(rows.length - 1, cur + 1));
    else if (e.key === 'ArrowUp') move(Math.max(0, cur - 1));
    else if (e.key === 'Enter') pick(rows[cur]);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  };
  const ports = rows.filter((r) => r.kind === 'port').length;

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="quick-add" role="dialog" aria-modal="true" aria-label={qa.pending ? 'Wire to a port or a new device' : 'Add a device'} data-testid="quick-add">
        <input
          autoFocus
          className="qa-search"
          placeholder={hint ? `Ports and devices ${hint}…` : 'Add a device…'}
          aria-label={qa.pending ? 'Search ports and devices to wire to' : 'Search devices to add'}
          aria-controls="qa-list"
          aria-activedescendant={rows[cur] ? rowId(rows[cur]) : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
        {hint && !taken && <div className="qa-hint">Showing what fits, {hint}. Enter wires it.</div>}
        {taken && (
          <div className="qa-hint qa-taken" data-testid="quick-add-taken">
            This port is already wired from {taken}: remove that wire first (select it, Delete). A device picked here is added unwired.
          </div>
        )}
        <ul id="qa-list" role="listbox" className="qa-list" aria-label="Matches">
          {rows.map((r, i) => (
            <QuickRow key={rowId(r)} row={r} active={i === cur} heading={i === 0 && ports ? 'On the canvas' : i === ports && qa.pending ? 'New device, wired' : null} onHover={() => setActive(i)} onPick={() => pick(r)} />
          ))}
          {!rows.length && <li className="palette-empty">Nothing fits here.</li>}
        </ul>
      </div>
    </div>
  );
}

const rowId = (r: Row | undefined) => (!r ? '' : r.kind === 'port' ? `qa-port-${r.t.node}-${r.t.port}` : `qa-${r.it.id}`);

function QuickRow({ row: r, active, heading, onHover, onPick }: { row: Row; active: boolean; heading: string | null; onHover(): void; onPick(): void }) {
  return (
    <>
      {heading && (
        <li className="qa-heading" role="presentation">
          {heading}
        </li>
      )}
      {r.kind === 'port' ? (
        <li id={rowId(r)} role="option" aria-selected={active} data-testid={`wire-target-${r.t.node}-${r.t.port}`} className={`qa-item${active ? ' active' : ''}`} onMouseMove={onHover} onClick={onPick}>
          <span className="pi-name">
            {r.t.name}
            <span className="qa-port">{r.t.side === 'target' ? ` · ${r.t.title}` : r.t.port === 'out' ? ' → output' : r.t.title}</span>
          </span>
          <span className="qa-doc">{r.t.device}</span>
          <span className="ty-badge small" style={{ '--c': r.t.color } as CSSProperties}>
            {r.t.type}
          </span>
        </li>
      ) : (
        <li id={rowId(r)} role="option" aria-selected={active} data-testid={`quick-add-item-${r.it.id}`} className={`qa-item${active ? ' active' : ''}${r.it.onTarget ? '' : ' off-target'}`} onMouseMove={onHover} onClick={onPick}>
          <span className="pi-name">{r.it.id}</span>
          <span className="qa-doc">{r.it.doc}</span>
          <span className="ty-badge small" style={{ '--c': r.it.outColor } as CSSProperties}>
            {r.it.outType}
          </span>
        </li>
      )}
    </>
  );
}
