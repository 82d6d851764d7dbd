import { ReactFlowProvider } from '@xyflow/react';
import { type CSSProperties, lazy, Suspense, useEffect } from 'react';
import { Canvas } from './canvas/Canvas';
import { ConnectionToast } from './canvas/ConnectionToast';
import { MiniMapDock } from './canvas/MiniMapDock';
import { Dialogs } from './dialogs/Dialogs';
import { Header } from './header/Header';
import { Inspector } from './inspector/Inspector';
import { usePanels } from './layout/panels';
import { ResizeHandle } from './layout/ResizeHandle';
import { Palette } from './palette/Palette';
import { QuickAdd } from './quickadd/QuickAdd';
import { DesignStoreProvider } from './store/context';
import type { DesignStore } from './store/designStore';
import { useCanvasDrawn } from './startup';
import './app.css';

// The code panel + problems (src/ui/code, with Monaco) load as their own chunk, once the canvas has drawn.
const BottomPanel = lazy(() => import('./code/BottomPanel'));

/** The editor layout: header, palette | canvas | inspector, bottom panel. A shell only. */
export function App({ store }: { store: DesignStore }) {
  const size = usePanels((s) => s.size);
  const collapsed = usePanels((s) => s.collapsed);
  const drawn = useCanvasDrawn();
  const vars = {
    '--left': collapsed.left ? '0px' : `${size.left}px`,
    '--right': collapsed.right ? '0px' : `${size.right}px`,
    '--bottom': collapsed.bottom ? '0px' : `${size.bottom}px`,
  } as CSSProperties;
  // Overlays rendered at the body (notices) keep clear of the panels through the same variables.
  useEffect(() => {
    for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(k, String(v));
  });
  return (
    <DesignStoreProvider store={store}>
      <ReactFlowProvider>
        <div className="app" style={vars}>
          <Header />
          <main className="app-body">
          <div className="area-left nokey" hidden={collapsed.left}>
            <Palette />
            <MiniMapDock />
          </div>
          <ResizeHandle panel="left" />
          <div className="area-canvas">
            <Canvas />
          </div>
          <ResizeHandle panel="right" />
          <div className="area-right nokey" hidden={collapsed.right}>
            <Inspector />
          </div>
          <ResizeHandle panel="bottom" />
          <div className="area-bottom nokey" hidden={collapsed.bottom}>
            {/* Fetched once the canvas has drawn (see startup.ts). */}
            {drawn ? (
              <Suspense fallback={<div className="bottom-placeholder" data-testid="bottom-panel" />}>
                <BottomPanel />
              </Suspense>
            ) : (
              <div className="bottom-placeholder" data-testid="bottom-panel" />
            )}
          </div>
          </main>
        </div>
        <QuickAdd />
        <ConnectionToast />
        <Dialogs />
      </ReactFlowProvider>
    </DesignStoreProvider>
  );
}
