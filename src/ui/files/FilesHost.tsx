import { type ReactFlowInstance, useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Design } from '../../core/design/schema';
import type { DesignStore } from '../store/designStore';
import { usePersistence, type SaveStatus } from '../persist/usePersistence';
import { openDesignFile, openShareFragment, type FileTarget } from './actions';
import CodeReview from './CodeReview';
import Notices from './Notices';

const bench = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');

const STATUS: Record<SaveStatus, string> = {
  restoring: 'Restoring…',
  saved: 'Saved',
  pending: 'Saving…',
  readonly: 'Not saved',
  off: 'Autosave off',
  error: 'Autosave failed',
};

/** Benchmark hooks (only with `?bench` in the URL): load a design, reach the store and the React Flow instance. */
type BenchWindow = Window & { __composerLoad?: (d: Design) => void; __composerStore?: DesignStore; __composerFlow?: ReactFlowInstance };

/** Autosave, share links at startup, drop-to-open, toasts and the tab-conflict banner. */

export default function FilesHost({ store, target, onRestored }: { store: DesignStore; target: FileTarget; onRestored(): void }) {
  const persistence = usePersistence(store, {
    afterRestore: (restored) => {
      if (restored) onRestored();
      void openShareFragment(target);
    },
    disabled: bench,
  });
  const [dragging, setDragging] = useState(false);
  const rf = useReactFlow();

  useEffect(() => {
    const onHash = () => void openShareFragment(target);
    window.addEventListener('hashchange', onHash);
    if (bench) {
      (window as BenchWindow).__composerLoad = (d) => target.replaceDesign(d, 'bench');
      (window as BenchWindow).__composerStore = store;
      (window as BenchWindow).__composerFlow = rf;
      void openShareFragment(target);
    }
    return () => window.removeEventListener('hashchange', onHash);
    // target reads the store on call; stable enough for the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    let depth = 0;
    const enter = (e: DragEvent) => hasFiles(e) && (depth++, setDragging(true));
    const leave = (e: DragEvent) => hasFiles(e) && --depth <= 0 && ((depth = 0), setDragging(false));
    const over = (e: DragEvent) => hasFiles(e) && e.preventDefault();
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const f = e.dataTransfer?.files[0];
      if (f) void openDesignFile(f, target);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { status } = persistence;
  return (
    <>
      <span className={`mc-save mc-save-${status}`} data-testid="save-status" data-status={status} title="Autosave to this browser (IndexedDB)">
        {STATUS[status]}
      </span>
      {createPortal(
        <>
          {status === 'readonly' && (
            <div className="mc-banner" role="alert" data-testid="tab-conflict">
              The editor is open in another tab, which autosaves. Changes here are not saved.
              <button type="button" data-testid="take-over" onClick={persistence.takeOver}>
                Autosave this tab instead
              </button>
            </div>
          )}
          {dragging && (
            <div className="mc-drop" data-testid="drop-overlay">
              Drop a design (.json) or a config.ml to open it
            </div>
          )}
          <CodeReview />
          <Notices />
        </>,
        document.body,
      )}
    </>
  );
}
