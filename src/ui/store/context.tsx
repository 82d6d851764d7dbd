import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { Design } from '../../core/design/schema';
import type { DesignState, DesignStore } from './designStore';

const StoreContext = createContext<DesignStore | null>(null);

/** Provides one design store to the editor (tests and the app create it with `createDesignStore`). */
export function DesignStoreProvider({ store, children }: { store: DesignStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for imperative reads (`getState()`) in event handlers. */
export function useDesignStoreApi(): DesignStore {
  const s = useContext(StoreContext);
  if (!s) throw new Error('useDesignStore outside <DesignStoreProvider>');
  return s;
}

/** Subscribes to a slice of the design store (re-renders only when the slice changes). */
export function useDesignStore<T>(selector: (s: DesignState) => T): T {
  return useStore(useDesignStoreApi(), selector);
}

export type Temporal = TemporalState<{ design: Design }>;

/** The undo/redo state (zundo): `undo()`, `redo()`, `pastStates`, `futureStates`, `clear()`. */
export function useTemporal(): Temporal;
export function useTemporal<T>(selector: (s: Temporal) => T): T;
export function useTemporal<T>(selector?: (s: Temporal) => T): T | Temporal {
  const store = useDesignStoreApi();
  return useStore(store.temporal, (selector ?? ((s: Temporal) => s)) as (s: Temporal) => T | Temporal);
}
