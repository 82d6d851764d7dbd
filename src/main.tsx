import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { toTemporal } from './ui/persist/snapshot';
import { initialDesign } from './ui/sample';
import { createDesignStore } from './ui/store/designStore';

// The autosaved design (and its undo history) is the first thing shown, so the sample never flashes.
// Autosave then re-reads it and opens a `#d1.` share link on top (FilesHost); `?bench` starts clean.
const bench = new URLSearchParams(location.search).has('bench');
const saved = bench ? null : await import('./ui/persist/usePersistence').then((m) => m.readAutosave());
const store = createDesignStore(saved?.design ?? initialDesign());
store.temporal.getState().clear();
if (saved) store.temporal.setState({ pastStates: toTemporal(saved.past), futureStates: toTemporal(saved.future) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
