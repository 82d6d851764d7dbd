import { type CSSProperties, type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { DEVICE_MIME } from '../store/uiStore';
import { useCanvasCommands } from '../canvas/useCanvasCommands';
import { useDesignStore } from '../store/context';
import { catalogFor } from '../../core/catalog';
import { type PaletteItem, paletteItems, searchItems } from './paletteItems';

/** The device palette: grouped by family, fuzzy search, arrow keys + Enter to add, drag onto the canvas. */
export function Palette() {
  const catalog = catalogFor(useDesignStore((s) => s.design.mirage));
  const target = useDesignStore((s) => s.design.target);
  const all = useMemo(() => paletteItems(catalog, target), [catalog, target]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const items = useMemo(() => searchItems(all, query), [all, query]);
  const cmd = useCanvasCommands();
  const list = useRef<HTMLUListElement>(null);
  const cur = Math.min(active, Math.max(0, items.length - 1));

  const move = (to: number) => {
    const i = Math.max(0, Math.min(items.length - 1, to));
    setActive(i);
    list.current?.querySelector(`[data-index="${i}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') move(cur + 1);
    else if (e.key === 'ArrowUp') move(cur - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Enter' && items[cur]) cmd.add(items[cur].id);
    else if (e.key === 'Escape') setQuery('');
    else return;
    e.preventDefault();
  };

  let lastGroup = '';
  return (
    <section className="palette" aria-label="Device palette">
      <input
        type="search"
        className="palette-search"
        data-testid="palette-search"
        placeholder="Search devices or types…"
        aria-label="Search devices"
        aria-controls="palette-list"
        aria-activedescendant={items[cur] ? `pal-${items[cur].id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label="Devices" ref={list} tabIndex={0} aria-activedescendant={items[cur] ? `pal-${items[cur].id}` : undefined} onKeyDown={onKey}>
        {items.map((it, i) => {
          const header = !query && it.group !== lastGroup ? it.group : null;
          lastGroup = it.group;
          return (
            <PaletteRow key={it.id} item={it} index={i} active={i === cur} header={header} onPick={() => cmd.add(it.id)} onHover={() => setActive(i)} />
          );
        })}
        {!items.length && <li className="palette-empty">No device matches “{query}”.</li>}
      </ul>
    </section>
  );
}

function PaletteRow(props: { item: PaletteItem; index: number; active: boolean; header: string | null; onPick(): void; onHover(): void }) {
  const { item: it } = props;
  return (
    <>
      {props.header && (
        <li className="palette-group" role="presentation">
          {props.header}
        </li>
      )}
      <li
        id={`pal-${it.id}`}
        role="option"
        aria-selected={props.active}
        data-index={props.index}
        data-testid={`palette-item-${it.id}`}
        className={`palette-item${props.active ? ' active' : ''}${it.onTarget ? '' : ' off-target'}`}
        draggable
        title={`${it.doc}${it.onTarget ? '' : ' (not on this target)'}\n${it.spec.signature}`}
        onDragStart={(e) => {
          e.dataTransfer.setData(DEVICE_MIME, it.id);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onDoubleClick={props.onPick}
        onMouseEnter={props.onHover}
      >
        <span className="pi-name">{it.id}</span>
        <span className="ty-badge small" style={{ '--c': it.outColor } as CSSProperties}>
          {it.outType}
        </span>
      </li>
    </>
  );
}
