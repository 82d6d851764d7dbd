import { useReactFlow } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { newDesign } from '../../core/graph/ops';
import { useDesignStoreApi } from '../store/context';
import { useUi } from '../store/uiStore';
import { fitOpened } from '../canvas/viewport';
import { derive } from '../store/derived';
import { copyConfig, copyShareLink, exportDesign, openDesignFile, saveDesign, type FileTarget } from './actions';
import FilesHost from './FilesHost';
import { notify } from './notices';
import './files.css';

/** Exports, and says so when the design still has errors (the zip is written anyway: it is the user's call). */
async function exportChecked(design: Parameters<typeof exportDesign>[0]) {
  if (!(await exportDesign(design))) return;
  const errors = derive(design).diagnostics.filter((x) => x.severity === 'error').length;
  if (errors)
    notify({
      kind: 'error',
      title: `Exported, but the design has ${errors} error${errors > 1 ? 's' : ''}: \`mirage configure\` will reject this config.ml. See Problems.`,
    });
}

const TemplatesDialog = lazy(() => import('./TemplatesDialog'));

/**
 * The header's file actions: a File menu (New, Open, Save, Templates, Copy config.ml, Copy link, Export picture)
 * and the Export .zip button. Also mounts autosave, share-link opening, window drop and toasts.
 */
export default function FileMenu() {
  const store = useDesignStoreApi();
  const [open, setOpen] = useState(false);
  const [templates, setTemplates] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const rf = useReactFlow();
  // A whole new design opens at a zoom where it can be read (all of it when that fits), once its nodes
  // are on the canvas and measured.
  const fitSoon = () => fitOpened(rf);
  const target: FileTarget = {
    design: () => store.getState().design,
    replaceDesign: (d, label) => {
      store.getState().replaceDesign(d, label);
      // `npm run bench` sets the viewport itself (the same one on the bare React Flow page).
      if (label !== 'bench') fitSoon();
    },
  };
  const run = (f: () => unknown) => () => {
    setOpen(false);
    Promise.resolve()
      .then(f)
      .catch((e: unknown) => notify({ kind: 'error', title: 'That did not work.', details: [String(e)] }));
  };
  const openPicker = useCallback(() => input.current?.click(), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const k = e.key.toLowerCase();
      if (k === 's') {
        e.preventDefault();
        saveDesign(store.getState().design);
      } else if (k === 'o') {
        e.preventDefault();
        openPicker();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, openPicker]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => !menu.current?.parentElement?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      setOpen(false);
      (menu.current?.previousElementSibling as HTMLElement | null)?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      items[(i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n]?.focus();
    }
  };

  const item = (id: string, label: string, action: () => unknown, hint?: string) => (
    <button type="button" role="menuitem" data-testid={`file-${id}`} onClick={run(action)}>
      <span>{label}</span>
      {hint && <kbd>{hint}</kbd>}
    </button>
  );
  const d = () => store.getState().design;

  return (
    <div className="mc-files">
      <div className="mc-filemenu">
        <button type="button" data-testid="file-menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          File ▾
        </button>
        {open && (
          <div className="mc-menu" role="menu" aria-label="File" ref={menu} onKeyDown={onMenuKey}>
            {item('new', 'New design', () => target.replaceDesign(newDesign(d().mirage, d().target), 'new design'))}
            {item('open', 'Open design or config.ml…', openPicker, 'Ctrl+O')}
            {item('save', 'Save design (.json)', () => saveDesign(d()), 'Ctrl+S')}
            {item('templates', 'Templates…', () => setTemplates(true))}
            <hr />
            {item('copy-config', 'Copy config.ml', () => copyConfig(d()))}
            {item('copy-link', 'Copy share link', () => copyShareLink(d()))}
            {item('picture', 'Export picture (SVG, PNG)…', () => useUi.getState().setDialog('picture'), 'Ctrl+Shift+E')}
          </div>
        )}
      </div>
      <button type="button" className="mc-primary" data-testid="file-export" onClick={run(() => exportChecked(d()))} title="Download config.ml, unikernel.ml, build.sh and README.md as a zip">
        Export .zip
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.ml"
        data-testid="file-input"
        aria-label="Open a design file"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void openDesignFile(f, target);
        }}
      />
      <FilesHost store={store} target={target} onRestored={fitSoon} />
      {templates && (
        <Suspense fallback={null}>
          <TemplatesDialog onClose={() => setTemplates(false)} target={target} />
        </Suspense>
      )}
    </div>
  );
}
