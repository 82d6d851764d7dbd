import { lazy, Suspense } from 'react';
import { useDesignStore, useDesignStoreApi } from '../store/context';
import { useDerived } from '../store/derived';
import { noteIdOf } from '../canvas/noteModel';
import { useUi } from '../store/uiStore';
import { InstancePanel } from './InstancePanel';
import { RuntimeArgsEditor } from './RuntimeArgsEditor';

// Shown only when a group or a note is picked: loaded then.
const GroupPanel = lazy(() => import('./AnnotationPanels').then((m) => ({ default: m.GroupPanel })));
const NotePanel = lazy(() => import('./AnnotationPanels').then((m) => ({ default: m.NotePanel })));

/** The right panel: the selected device, a group or note, a summary of a multi-selection, or the design itself. */
export function Inspector() {
  const selected = useDesignStore((s) => s.selected);
  const activeGroup = useUi((s) => s.activeGroup);
  const dv = useDerived();
  const live = selected.filter((id) => dv.index.byId.has(id));
  const group = dv.design.groups?.find((g) => g.id === activeGroup);
  const showGroup = group && live.length === group.members.length && group.members.every((m) => live.includes(m));
  const noteIds = selected.map(noteIdOf).filter((x): x is string => x !== null);
  const note = !live.length && noteIds.length === 1 ? dv.design.notes?.find((n) => n.id === noteIds[0]) : undefined;
  return (
    <section className="inspector" data-testid="inspector" aria-label="Inspector">
      {showGroup ? (
        <Suspense fallback={null}>
          <GroupPanel group={group} dv={dv} />
        </Suspense>
      ) : note ? (
        <Suspense fallback={null}>
          <NotePanel key={note.id} note={note} dv={dv} />
        </Suspense>
      ) : live.length === 1 ? (
        <InstancePanel key={live[0]} id={live[0]!} dv={dv} />
      ) : live.length > 1 ? (
        <section className="insp-section">
          <h2>{live.length} devices selected</h2>
          <p className="muted">Delete removes them with their wires; Ctrl/Cmd+C, V and D copy, paste and duplicate them; G groups them.</p>
        </section>
      ) : (
        <>
          <section className="insp-section">
            <h2>Design</h2>
            <p className="muted">
              Mirage {dv.design.mirage}, target {dv.design.target}: {dv.design.devices.length} devices, {dv.design.wires.length} wires.
            </p>
            <p className="muted">Drag devices from the palette, double-click the canvas or press Ctrl/Cmd+K to add one.</p>
            <Description />
          </section>
          <RuntimeArgsEditor />
        </>
      )}
    </section>
  );
}

function Description() {
  const store = useDesignStoreApi();
  const text = useDesignStore((s) => s.design.description ?? '');
  return (
    <div className="field">
      <label className="field-label" htmlFor="design-description">
        <span>Description</span>
      </label>
      <textarea
        id="design-description"
        key={text}
        className="description-input"
        defaultValue={text}
        placeholder="What this unikernel does (goes into the README)"
        onBlur={(e) => {
          const v = e.target.value.trim();
          if (v === text) return;
          store.getState().applyDesign((d) => {
            const next = { ...d };
            if (v) next.description = v;
            else delete next.description;
            return next;
          }, 'description');
        }}
      />
    </div>
  );
}
