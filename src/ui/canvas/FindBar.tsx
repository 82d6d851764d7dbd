import { useEffect, useMemo, useRef, useState } from 'react';
import { useDesignStoreApi } from '../store/context';
import { useDerived } from '../store/derived';
import { useUi } from '../store/uiStore';
import { findDevices, findStyle } from './find';
import { nodeViews } from './flowModel';

/**
 * Find on the canvas (Ctrl/Cmd+F): devices by binding name, device or type. Matches are outlined;
 * Enter / Shift+Enter (or the arrows) go to the next / previous one, which is selected and centred.
 */
export default function FindBar() {
  const store = useDesignStoreApi();
  const dv = useDerived();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => findDevices(nodeViews(dv), dv.design.devices, query), [dv, query]);
  const cur = at >= 0 && at < hits.length ? hits[at]! : null;
  const seq = useUi((s) => s.findSeq);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [seq]);

  const go = (i: number) => {
    if (!hits.length) return;
    const n = ((i % hits.length) + hits.length) % hits.length;
    setAt(n);
    store.getState().focus(hits[n]!);
  };
  const close = () => {
    useUi.getState().setFind(false);
    (document.activeElement as HTMLElement | null)?.blur();
  };
  return (
    <div className="find-bar" role="search" aria-label="Find devices" data-testid="find-bar">
      <style>{findStyle(hits, cur)}</style>
      <input
        ref={input}
        type="search"
        data-testid="find-input"
        aria-label="Find devices by name, device or type"
        placeholder="Find devices by name, device or type"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            go(e.shiftKey || e.key === 'ArrowUp' ? (at < 0 ? -1 : at - 1) : at + 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" data-testid="find-count" aria-live="polite">
        {query.trim() ? (hits.length ? `${cur ? at + 1 : 0} of ${hits.length}` : 'no match') : ''}
      </span>
      <button type="button" aria-label="Previous match" onClick={() => go(at < 0 ? -1 : at - 1)} disabled={!hits.length}>
        ↑
      </button>
      <button type="button" aria-label="Next match" onClick={() => go(at + 1)} disabled={!hits.length}>
        ↓
      </button>
      <button type="button" aria-label="Close find" onClick={close}>
        ×
      </button>
    </div>
  );
}
