import { createRoot } from 'react-dom/client';
import { lazy, Suspense } from 'react';
import { createDesignStore } from '../../src/ui/store/designStore';
import { DesignStoreProvider } from '../../src/ui/store/context';
import { benchDesign } from '../designs';

const BottomPanel = lazy(() => import('../../src/ui/code/BottomPanel'));
const store = createDesignStore(benchDesign(10));
(window as any).store = store;
createRoot(document.getElementById('root')!).render(
  <DesignStoreProvider store={store}>
    <div style={{ height: 400 }}><Suspense fallback="..."><BottomPanel /></Suspense></div>
  </DesignStoreProvider>,
);
