import type { Node, NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { setNoteText } from '../../core/annotations/ops';
import type { Note } from '../../core/design/schema';
import { useDesignStoreApi } from '../store/context';
import { useUi } from '../store/uiStore';

export type NoteNodeType = Node<{ note: Note; pinned: string | null }, 'note'>;

/**
 * A sticky note. Double-click or Enter edits it (a textarea: every key types); Escape or a click
 * elsewhere ends the edit. Pinned to a device (dropped on or next to it), it says so.
 */
function NoteNodeImpl({ data, selected }: NodeProps<NoteNodeType>) {
  const { note, pinned } = data;
  const store = useDesignStoreApi();
  const editRequested = useUi((s) => s.editNote === note.id);
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null || editRequested;
  const text = draft ?? note.text;
  const area = useRef<HTMLTextAreaElement>(null);
  // A new note's editor takes the focus once React Flow has measured and shown the node (hidden until then).
  useEffect(() => {
    if (!editRequested) return;
    let raf = requestAnimationFrame(() => (raf = requestAnimationFrame(() => area.current?.focus({ preventScroll: true }))));
    return () => cancelAnimationFrame(raf);
  }, [editRequested]);
  const commit = (t: string) => {
    setDraft(null);
    if (useUi.getState().editNote === note.id) useUi.getState().setEditNote(null);
    store.getState().applyDesign((d) => setNoteText(d, note.id, t), 'note');
  };
  return (
    <div className={`note-node${selected ? ' selected' : ''}`} data-testid={`note-${note.id}`}>
      <div className="note-head">
        <span>Note</span>
        {pinned !== null && <span className="note-pin" title={`Printed above \`${pinned}\` in config.ml`}>on {pinned}</span>}
      </div>
      {editing ? (
        <textarea
          ref={area}
          className="note-text nodrag nowheel"
          aria-label="Note text"
          autoFocus
          value={text}
          rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
          }}
        />
      ) : (
        <div
          className="note-body"
          tabIndex={0}
          role="button"
          aria-label={`Note: ${note.text || 'empty'}. Press Enter to edit.`}
          onDoubleClick={() => setDraft(note.text)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'F2') {
              e.preventDefault();
              e.stopPropagation();
              setDraft(note.text);
            }
          }}
        >
          {note.text || <em>Double-click to write</em>}
        </div>
      )}
    </div>
  );
}

/** The node component for notes. */
export const NoteNode = memo(NoteNodeImpl);
