import type { Design, Note } from '../../core/design/schema';
import type { NoteNodeType } from './NoteNode';

/** React Flow id of a note (devices keep their own ids). */
export const noteNodeId = (id: string) => `note:${id}`;
/** The note id of a React Flow node id, or null when the node is a device. */
export const noteIdOf = (nodeId: string): string | null => (nodeId.startsWith('note:') ? nodeId.slice(5) : null);

/** Note nodes for the design's notes; unchanged notes keep their node object (pure). */
export function buildNoteNodes(prev: readonly NoteNodeType[], design: Design, selected: ReadonlySet<string>): NoteNodeType[] {
  const notes = design.notes ?? [];
  if (!notes.length) return prev.length ? [] : (prev as NoteNodeType[]);
  const byId = new Map(prev.map((n) => [n.id, n]));
  const names = new Map(design.devices.map((d) => [d.id, d.name]));
  return notes.map((note) => {
    const id = noteNodeId(note.id);
    const old = byId.get(id);
    const pinned = note.attach ? (names.get(note.attach) ?? null) : null;
    const sel = selected.has(id);
    if (old && old.data.note === note && old.data.pinned === pinned && !!old.selected === sel) return old;
    return {
      id,
      type: 'note',
      position: note.position,
      data: { note, pinned },
      selected: sel,
      zIndex: 1,
      ariaLabel: `note${pinned ? ` on ${pinned}` : ''}: ${note.text.slice(0, 80)}`,
    };
  });
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * The device a note dropped at `note` belongs to: the one it overlaps most, else the nearest within
 * `reach` pixels (edge to edge); null when none is that close (pure).
 */
export function pinTarget(note: Box, devices: readonly (Box & { id: string })[], reach = 48): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const d of devices) {
    const dx = Math.max(d.x - (note.x + note.width), note.x - (d.x + d.width), 0);
    const dy = Math.max(d.y - (note.y + note.height), note.y - (d.y + d.height), 0);
    const gap = Math.hypot(dx, dy);
    if (gap > reach) continue;
    const overlap = gap === 0 ? Math.max(0, Math.min(note.x + note.width, d.x + d.width) - Math.max(note.x, d.x)) * Math.max(0, Math.min(note.y + note.height, d.y + d.height) - Math.max(note.y, d.y)) : 0;
    const score = gap - overlap;
    if (score < bestScore) {
      bestScore = score;
      best = d.id;
    }
  }
  return best;
}

export type { Note };
