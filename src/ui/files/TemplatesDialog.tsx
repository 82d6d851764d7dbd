import { useEffect, useRef, useState } from 'react';
import { loadDesign } from '../../core/design/load';
import type { FileTarget } from './actions';
import { parseTemplateIndex, type TemplateEntry } from './names';
import { notify } from './notices';

const base = `${import.meta.env.BASE_URL}examples/`;

/** The template gallery: example designs from `public/examples/index.json`; opening one is undoable. */
export default function TemplatesDialog({ onClose, target }: { onClose(): void; target: FileTarget }) {
  const [entries, setEntries] = useState<TemplateEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    fetch(`${base}index.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((j: unknown) => setEntries(parseTemplateIndex(j)))
      .catch((e: unknown) => setError(`The template list could not be loaded (${String(e)}).`));
  }, []);

  useEffect(() => {
    const prev = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => prev?.focus();
  }, []);

  const choose = async (t: TemplateEntry) => {
    try {
      const res = await fetch(`${base}${t.file}`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const r = loadDesign(await res.text());
      if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
      target.replaceDesign(r.design, `template ${t.title}`);
      notify({ kind: 'info', title: `Opened the “${t.title}” template. Undo brings back your design.` });
      onClose();
    } catch (e) {
      notify({ kind: 'error', title: `The “${t.title}” template could not be opened; nothing was changed.`, details: [String(e)] });
    }
  };

  return (
    <div className="mc-overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="mc-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="mc-templates-title"
        data-testid="templates"
        tabIndex={-1}
        ref={dialog}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <header>
          <h2 id="mc-templates-title">Start from a template</h2>
          <button type="button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {error && <p role="alert">{error}</p>}
        {!entries && !error && <p>Loading…</p>}
        <ul className="mc-templates">
          {entries?.map((t) => (
            <li key={t.file}>
              <button type="button" data-testid={`template-${t.file.replace(/\.json$/, '')}`} onClick={() => void choose(t)}>
                <strong>{t.title}</strong>
                {t.version && <span className="mc-chip">Mirage {t.version}</span>}
                <span>{t.description.replace(/`/g, '')}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
