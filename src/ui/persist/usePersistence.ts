import { useEffect, useState } from 'react';
import { createStore, get, set } from 'idb-keyval';
import type { DesignStore } from '../store/designStore';
import { makeSnapshot, toTemporal } from './snapshot';
import { acquireAutosaveLock, type AutosaveLock, type LockManagerLike } from './tabLock';

/** `restoring` until the autosave is read; `readonly` when another tab owns autosave. */
export type SaveStatus = 'restoring' | 'saved' | 'pending' | 'readonly' | 'off' | 'error';

export interface Persistence {
  status: SaveStatus;
  /** Make this tab the autosave owner (the other tab stops saving). */
  takeOver(): void;
}

export interface PersistenceOptions {
  /** Called once the autosave is restored (or found absent): e.g. open a `#d1.` share link on top. */
  afterRestore?: (restored: boolean) => void;
  /** Debounce of autosave writes, ms. */
  delay?: number;
  /** No restore and no autosave (benchmark mode). */
  disabled?: boolean;
}

const KEY = 'autosave';
let idb: ReturnType<typeof createStore> | null = null;
const db = () => (idb ??= createStore('mirage-composer', 'autosave'));
let active = false;
let markRestored: () => void = () => {};
/** Resolves once the autosave is restored (or found absent, or autosave is off): open links on top after it. */
export const autosaveRestored: Promise<void> = new Promise((r) => (markRestored = r));

/** Reads the autosave record (null when absent or unreadable). */
export async function readAutosave() {
  try {
    const raw: unknown = await get(KEY, db());
    if (raw === undefined) return null;
    // The validating reader (with the design schema) loads only when there is something to read.
    const { readSnapshot } = await import('./snapshotRead');
    return readSnapshot(raw);
  } catch {
    return null;
  }
}

/**
 * Autosaves the design and its undo/redo stacks to IndexedDB (debounced) and restores them on
 * startup. Mount it once (a second mount in the same page is inert).
 */
export function usePersistence(store: DesignStore, options: PersistenceOptions = {}): Persistence {
  const [status, setStatus] = useState<SaveStatus>(options.disabled ? 'off' : 'restoring');
  const [lock, setLock] = useState<AutosaveLock | null>(null);
  const { afterRestore, delay = 400, disabled = false } = options;

  useEffect(() => {
    if (disabled) markRestored();
    if (disabled || active) return;
    active = true;
    let owner: boolean | null = null;
    let restored = false;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!owner || !restored || !dirty) return;
      dirty = false;
      const t = store.temporal.getState();
      const snap = makeSnapshot(store.getState().design, t.pastStates, t.futureStates, Date.now());
      set(KEY, snap, db()).then(
        () => setStatus((s) => (s === 'pending' ? 'saved' : s)),
        () => setStatus('error'),
      );
    };
    const schedule = () => {
      if (!restored) return;
      dirty = true;
      if (!owner) return;
      setStatus('pending');
      clearTimeout(timer);
      timer = setTimeout(save, delay);
    };
    const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
    const l = acquireAutosaveLock(locks, (o) => {
      owner = o;
      if (restored) setStatus(o ? 'saved' : 'readonly');
      // A tab that becomes the owner (take over) saves what it shows.
      if (o && restored) schedule();
    }, { retries: 3 });
    setLock(l);
    const unsubDesign = store.subscribe((s, prev) => s.design !== prev.design && schedule());
    const unsubTemporal = store.temporal.subscribe((s, prev) => (s.pastStates !== prev.pastStates || s.futureStates !== prev.futureStates) && schedule());
    const flush = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', flush);
    readAutosave().then((r) => {
      if (cancelled) return;
      if (r) {
        store.setState({ design: r.design, selected: [], lastChange: 'restore', canvasFirst: true });
        store.temporal.setState({ pastStates: toTemporal(r.past), futureStates: toTemporal(r.future) });
      }
      restored = true;
      if (owner !== null) setStatus(owner ? 'saved' : 'readonly');
      afterRestore?.(!!r);
      markRestored();
    });
    return () => {
      cancelled = true;
      save();
      unsubDesign();
      unsubTemporal();
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', flush);
      l.release();
      active = false;
    };
    // The store and options are fixed for the page's lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  return { status, takeOver: () => lock?.takeOver() };
}
