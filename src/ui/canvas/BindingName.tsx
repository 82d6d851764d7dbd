import { useState } from 'react';
import { renameInstance } from '../../core/graph/ops';
import { useDesignStoreApi } from '../store/context';

/** The binding name on a node: double-click (or Enter when focused) to edit, Enter/blur commits, Escape cancels. */
export function BindingName({ id, name }: { id: string; name: string }) {
  const store = useDesignStoreApi();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div
        className="dn-name"
        tabIndex={0}
        role="button"
        aria-label={`binding name ${name}, press Enter to rename`}
        onDoubleClick={() => setDraft(name)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F2') {
            e.stopPropagation();
            setDraft(name);
          }
        }}
      >
        {name || <em>unnamed</em>}
      </div>
    );
  }
  const commit = () => {
    if (draft !== name) store.getState().applyDesign((d) => renameInstance(d, id, draft.trim()), 'rename');
    setDraft(null);
  };
  return (
    <input
      className="dn-name-input nodrag"
      value={draft}
      autoFocus
      aria-label="binding name"
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
