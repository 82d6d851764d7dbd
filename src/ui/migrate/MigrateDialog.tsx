import { useEffect, useMemo, useRef, useState } from 'react';
import { type MigrationEntry, migrationPreview } from '../../core/migrate';
import type { MirageVersion } from '../../core/reference/types';
import { useDesignStore, useDesignStoreApi } from '../store/context';
import { DiffView } from './DiffView';
import { EntryList } from './EntryList';
import './migrate.css';

const KINDS: { kind: MigrationEntry['kind']; title: string }[] = [
  { kind: 'blocker', title: 'Cannot be expressed' },
  { kind: 'manual', title: 'To do by hand' },
  { kind: 'change', title: 'Changed for you' },
  { kind: 'note', title: 'Worth knowing' },
];

/**
 * The migration preview: the change list (each line with the release that caused it) and a side-by-side
 * diff of config.ml and unikernel.ml. Apply replaces the design in one undoable step; Cancel changes nothing.
 */
export default function MigrateDialog({ to, onClose }: { to: MirageVersion; onClose(): void }) {
  const store = useDesignStoreApi();
  const design = useDesignStore((s) => s.design);
  const preview = useMemo(() => migrationPreview(design, to), [design, to]);
  const [file, setFile] = useState(preview.files[0]!.path);
  const dialog = useRef<HTMLDivElement>(null);
  const r = preview.result;
  const blockers = r.entries.filter((e) => e.kind === 'blocker').length;
  const errors = r.diagnostics.filter((d) => d.severity === 'error');

  useEffect(() => {
    const prev = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => prev?.focus();
  }, []);

  const apply = () => {
    store.getState().replaceDesign(r.design, `migrate to Mirage ${to}`);
    onClose();
  };
  const shown = preview.files.find((f) => f.path === file) ?? preview.files[0]!;

  return (
    <div className="mg-overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="mg-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="mg-title"
        data-testid="migrate-dialog"
        tabIndex={-1}
        ref={dialog}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <header className="mg-head">
          <h2 id="mg-title">
            Migrate from Mirage {r.from} to {r.to}
          </h2>
          <button type="button" aria-label="Close without migrating" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="mg-bar">
          <p className="mg-summary" data-testid="migrate-summary">
            {r.from === r.to
              ? 'The design is already at this release.'
              : blockers
                ? `${blockers} part${blockers === 1 ? '' : 's'} of the design cannot be expressed in Mirage ${r.to}; nothing can be applied.`
                : errors.length
                  ? `Migrated with ${errors.length} problem${errors.length === 1 ? '' : 's'} left to fix after applying (see “To do by hand”).`
                  : `${r.entries.filter((e) => e.kind === 'change').length} changes; nothing is applied until you press Apply.`}
          </p>
          <div className="mg-actions">
            <button type="button" data-testid="migrate-cancel" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="mg-primary" data-testid="migrate-apply" disabled={blockers > 0 || r.from === r.to} onClick={apply}>
              Apply migration
            </button>
          </div>
        </div>
        <div className="mg-body">
          <section className="mg-entries" aria-label="Changes">
            {KINDS.map(({ kind, title }) => (
              <EntryList key={kind} kind={kind} title={title} entries={r.entries.filter((e) => e.kind === kind)} />
            ))}
            {errors.length > 0 && (
              <details open className="mg-group">
                <summary>Problems in the result ({errors.length})</summary>
                <ul>
                  {errors.map((d, i) => (
                    <li key={i} data-testid="migrate-problem">
                      <code>{d.code}</code> {d.message}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {r.entries.length === 0 && r.from !== r.to && <p className="muted">Nothing in this design changes between these releases.</p>}
          </section>
          <section className="mg-files" aria-label="Files before and after">
            <div className="mg-tabs" role="tablist">
              {preview.files.map((f) => (
                <button key={f.path} type="button" role="tab" aria-selected={f.path === shown.path} data-testid={`migrate-file-${f.path}`} onClick={() => setFile(f.path)}>
                  {f.path}
                  {f.unified ? ' •' : ''}
                </button>
              ))}
            </div>
            <DiffView rows={shown.rows} from={r.from} to={r.to} />
          </section>
        </div>
      </div>
    </div>
  );
}
