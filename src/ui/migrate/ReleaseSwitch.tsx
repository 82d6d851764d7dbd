import { lazy, Suspense, useState } from 'react';
import type { MirageVersion } from '../../core/reference/types';
import { useDesignStoreApi } from '../store/context';
import './migrate.css';

const MigrateDialog = lazy(() => import('./MigrateDialog'));

/**
 * Shown after another release is picked in the header: migrate the design to it (preview first), only
 * switch the release (the design is kept as it is and the problems list tells what no longer fits), or cancel.
 */
export default function ReleaseSwitch({ from, to, onClose }: { from: MirageVersion; to: MirageVersion; onClose(): void }) {
  const store = useDesignStoreApi();
  const [preview, setPreview] = useState(false);
  if (preview) {
    return (
      <Suspense fallback={null}>
        <MigrateDialog to={to} onClose={onClose} />
      </Suspense>
    );
  }
  const switchOnly = () => {
    store.getState().applyDesign((d) => ({ ...d, mirage: to }), 'version');
    onClose();
  };
  return (
    <div className="mg-prompt" role="group" aria-label={`Change to Mirage ${to}`} data-testid="release-prompt" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <span>
        Mirage {from} → <strong>{to}</strong>
      </span>
      <button type="button" className="mg-primary" data-testid="release-migrate" autoFocus onClick={() => setPreview(true)} title="Rewrite the design for this release; you see the changes before anything is applied">
        Migrate…
      </button>
      <button type="button" data-testid="release-switch" onClick={switchOnly} title="Change the release only; the problems list shows what no longer fits">
        Switch only
      </button>
      <button type="button" data-testid="release-cancel" aria-label="Keep the current release" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
