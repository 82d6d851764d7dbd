import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { initialDesign } from './ui/sample';
import { createDesignStore } from './ui/store/designStore';

const store = createDesignStore(await initialDesign());
store.temporal.getState().clear();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
