import { placeNotes, renameGroup, setNoteText, ungroup } from '../../core/annotations/ops';
import type { Group, Note } from '../../core/design/schema';
import { useDesignStoreApi } from '../store/context';
import type { Derived } from '../store/derived';
import { useUi } from '../store/uiStore';

/** The inspector for a group picked by its frame title: name, devices, ungroup. */
export function GroupPanel({ group, dv }: { group: Group; dv: Derived }) {
  const store = useDesignStoreApi();
  const names = new Map(dv.design.devices.map((d) => [d.id, d.name || d.device]));
  return (
    <section className="insp-section" data-testid="group-panel">
      <h2>Group</h2>
      <div className="field">
        <label className="field-label" htmlFor="group-name">
          <span>name</span>
        </label>
        <input
          id="group-name"
          key={group.name}
          aria-label="group name"
          defaultValue={group.name}
          onBlur={(e) => store.getState().applyDesign((d) => renameGroup(d, group.id, e.target.value.trim()), 'rename group')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
      </div>
      <p className="muted">Printed in config.ml as a comment above the first of these bindings. Drag the frame&apos;s title to move them together.</p>
      <ul className="insp-ports">
        {group.members.map((m) => (
          <li key={m}>
            <button type="button" onClick={() => store.getState().focus(m)}>
              {names.get(m) ?? m}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="ungroup"
        onClick={() => {
          store.getState().applyDesign((d) => ungroup(d, [group.id]), 'ungroup');
          useUi.getState().setActiveGroup(null);
        }}
      >
        Ungroup (keep the devices)
      </button>
    </section>
  );
}

/** The inspector for one selected note: its text and the device it is pinned to (the keyboard way to pin it). */
export function NotePanel({ note, dv }: { note: Note; dv: Derived }) {
  const store = useDesignStoreApi();
  return (
    <section className="insp-section" data-testid="note-panel">
      <h2>Note</h2>
      <div className="field">
        <label className="field-label" htmlFor="note-text">
          <span>text</span>
        </label>
        <textarea
          id="note-text"
          key={note.text}
          className="description-input"
          defaultValue={note.text}
          onBlur={(e) => store.getState().applyDesign((d) => setNoteText(d, note.id, e.target.value), 'note')}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="note-pin">
          <span>pinned to</span>
        </label>
        <select
          id="note-pin"
          data-testid="note-pin"
          value={note.attach ?? ''}
          onChange={(e) => store.getState().applyDesign((d) => placeNotes(d, { [note.id]: { position: note.position, attach: e.target.value || null } }), 'pin note')}
        >
          <option value="">nothing (printed after open Mirage)</option>
          {dv.design.devices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name || d.device} ({d.device})
            </option>
          ))}
        </select>
      </div>
      <p className="muted">Pinned, it is printed as a comment right above that binding in config.ml. Dropping the note on or next to a device pins it too.</p>
    </section>
  );
}
