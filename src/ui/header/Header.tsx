import { lazy, Suspense, useState } from 'react';
import { catalogFor } from '../../core/catalog';
import { minorSeries } from '../../core/reference/versions';
import { MIRAGE_VERSIONS, type MirageVersion } from '../../core/reference/types';
import { useLayoutRun } from '../canvas/layoutRun';
import { useCanvasCommands } from '../canvas/useCanvasCommands';
import { useDesignStore, useDesignStoreApi, useTemporal } from '../store/context';
import { useUi } from '../store/uiStore';
import { useCanvasDrawn } from '../startup';
import { TypeLegend } from '../theme/TypeLegend';

// The file actions (open/save/export) live in src/ui/files, loaded as their own chunk.
const FileMenu = lazy(() => import('../files/FileMenu'));
// Picking another release asks: migrate (src/ui/migrate), switch only, or cancel.
const ReleaseSwitch = lazy(() => import('../migrate/ReleaseSwitch'));
// Lessons and explanations (src/ui/lessons), also their own chunk.
const Teach = lazy(() => import('../lessons/Teach'));

function DesignName() {
  const store = useDesignStoreApi();
  const name = useDesignStore((s) => s.design.name);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== name) store.getState().applyDesign((d) => ({ ...d, name: draft }), 'rename design');
    setDraft(null);
  };
  return (
    <input
      className="design-name"
      data-testid="design-name"
      aria-label="Unikernel name"
      title="The unikernel name given to register"
      value={draft ?? name}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}

function VersionTarget() {
  const store = useDesignStoreApi();
  const version = useDesignStore((s) => s.design.mirage);
  const target = useDesignStore((s) => s.design.target);
  const targets = catalogFor(version).targets;
  const [pending, setPending] = useState<MirageVersion | null>(null);
  return (
    <>
      <label className="hdr-field">
        <span>Mirage</span>
        <select
          data-testid="version-select"
          value={pending ?? version}
          onChange={(e) => setPending(e.target.value === version ? null : (e.target.value as MirageVersion))}
        >
          {RELEASE_GROUPS.map(([series, vs]) => (
            <optgroup key={series} label={`Mirage ${series}`}>
              {vs.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {pending && (
        <Suspense fallback={null}>
          <ReleaseSwitch from={version} to={pending} onClose={() => setPending(null)} />
        </Suspense>
      )}
      <label className="hdr-field">
        <span>Target</span>
        <select data-testid="target-select" value={target} onChange={(e) => store.getState().applyDesign((d) => ({ ...d, target: e.target.value }), 'target')}>
          {!targets.includes(target) && <option value={target}>{target} (not in {version})</option>}
          {targets.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The header: design name, version and target, undo/redo, layout/zoom/fit, type legend, notes/groups/picture/shortcuts, file actions. */
/** Every release, newest first, grouped by minor series (`4.10` → 4.10.6 … 4.10.0): a design names the exact one. */
const RELEASE_GROUPS: [string, MirageVersion[]][] = (() => {
  const groups = new Map<string, MirageVersion[]>();
  for (const v of [...MIRAGE_VERSIONS].reverse()) (groups.get(minorSeries(v)) ?? groups.set(minorSeries(v), []).get(minorSeries(v))!).push(v);
  return [...groups];
})();

export function Header() {
  const temporal = useTemporal();
  const cmd = useCanvasCommands();
  const layoutBusy = useLayoutRun((s) => s.busy);
  // Lessons and the file menu are fetched once the canvas has drawn (see startup.ts).
  const drawn = useCanvasDrawn();
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';
  return (
    <header className="app-header">
      <h1 className="brand">
        <span aria-hidden="true">◆ </span>
        <span className="brand-text">Mirage Composer</span>
      </h1>
      <DesignName />
      <VersionTarget />
      <div className="hdr-group" role="group" aria-label="Edit">
        <button type="button" data-testid="undo" disabled={!temporal.pastStates.length} onClick={() => temporal.undo()} title={`Undo (${mod}Z)`} aria-label="Undo">
          ↶<span className="hdr-label"> Undo</span>
        </button>
        <button type="button" data-testid="redo" disabled={!temporal.futureStates.length} onClick={() => temporal.redo()} title={`Redo (${mod}Shift+Z)`} aria-label="Redo">
          ↷<span className="hdr-label"> Redo</span>
        </button>
      </div>
      <div className="hdr-group" role="group" aria-label="View">
        <button
          type="button"
          data-testid="layout"
          onClick={() => void cmd.layout()}
          disabled={layoutBusy}
          aria-busy={layoutBusy}
          title="Arrange the graph left to right (undoable)"
        >
          {layoutBusy ? 'Layout…' : 'Layout'}
        </button>
        <button type="button" data-testid="zoom-out" onClick={cmd.zoomOut} title="Zoom out (-)" aria-label="Zoom out">
          −
        </button>
        <button type="button" data-testid="zoom-in" onClick={cmd.zoomIn} title="Zoom in (+)" aria-label="Zoom in">
          +
        </button>
        <button type="button" data-testid="fit" onClick={cmd.fit} title="Fit the design in view (Shift+1)">
          Fit
        </button>
        <TypeLegend />
      </div>
      {drawn && (
        <Suspense fallback={null}>
          <Teach />
        </Suspense>
      )}
      <div className="hdr-group" role="group" aria-label="Annotate">
        <button type="button" data-testid="add-note" onClick={cmd.note} title="New sticky note, pinned to the selected device (N)">
          Note
        </button>
        <button
          type="button"
          data-testid="add-group"
          onClick={(e) => cmd.group() || useUi.getState().showToast('Select the devices to group first.', e.clientX, e.clientY)}
          title="Group the selected devices in a named frame (G)"
        >
          Group
        </button>
        <button type="button" data-testid="shortcuts-button" onClick={() => useUi.getState().setDialog('shortcuts')} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">
          ?
        </button>
      </div>
      <div className="hdr-spacer" />
      <div className="hdr-slot" data-testid="export-slot">
        {drawn && (
          <Suspense fallback={null}>
            <FileMenu />
          </Suspense>
        )}
      </div>
    </header>
  );
}
