import type { Design, Group, Note } from '../design/schema';

type Pos = { x: number; y: number };

function freeId(taken: Iterable<string>, base: string): string {
  const set = new Set(taken);
  for (let i = 1; ; i++) if (!set.has(`${base}${i}`)) return `${base}${i}`;
}

const notesOf = (d: Design): Note[] => d.notes ?? [];
const groupsOf = (d: Design): Group[] => d.groups ?? [];

/** `d` with `notes` set; the field is left out when empty (files without notes stay as they were). */
function withNotes(d: Design, notes: Note[]): Design {
  const next: Design = { ...d, notes };
  if (!notes.length) delete next.notes;
  return next;
}

function withGroups(d: Design, groups: Group[]): Design {
  const next: Design = { ...d, groups };
  if (!groups.length) delete next.groups;
  return next;
}

/** Adds a note at `position`, pinned to `attach` when given. Returns its id. */
export function addNote(d: Design, position: Pos, text = '', attach?: string): { design: Design; id: string } {
  const id = freeId(notesOf(d).map((n) => n.id), 'note');
  const note: Note = { id, text, position: { ...position }, ...(attach ? { attach } : {}) };
  return { design: withNotes(d, [...notesOf(d), note]), id };
}

/** Replaces a note's text (unchanged design when equal). */
export function setNoteText(d: Design, id: string, text: string): Design {
  const n = notesOf(d).find((x) => x.id === id);
  if (!n || n.text === text) return d;
  return withNotes(d, notesOf(d).map((x) => (x.id === id ? { ...x, text } : x)));
}

/** Moves notes and pins each to `attach` (a device id) or unpins it (`null`); undefined leaves the pin as it is. */
export function placeNotes(d: Design, moves: Readonly<Record<string, { position: Pos; attach?: string | null }>>): Design {
  let changed = false;
  const notes = notesOf(d).map((n) => {
    const m = moves[n.id];
    if (!m) return n;
    const attach = m.attach === undefined ? n.attach : (m.attach ?? undefined);
    if (n.position.x === m.position.x && n.position.y === m.position.y && attach === n.attach) return n;
    changed = true;
    const next: Note = { ...n, position: { ...m.position } };
    if (attach) next.attach = attach;
    else delete next.attach;
    return next;
  });
  return changed ? withNotes(d, notes) : d;
}

/** Removes notes by id. */
export function removeNotes(d: Design, ids: readonly string[]): Design {
  const gone = new Set(ids);
  if (!notesOf(d).some((n) => gone.has(n.id))) return d;
  return withNotes(d, notesOf(d).filter((n) => !gone.has(n.id)));
}

/** Groups devices under `name` (devices leave any group they were in). Returns the group id. */
export function addGroup(d: Design, members: readonly string[], name?: string): { design: Design; id: string } {
  const known = new Set(d.devices.map((x) => x.id));
  const list = [...new Set(members)].filter((m) => known.has(m));
  const id = freeId(groupsOf(d).map((g) => g.id), 'group');
  const taken = new Set(groupsOf(d).map((g) => g.name));
  let label = name ?? '';
  if (!label) for (let i = 1; !label || taken.has(label); i++) label = `Group ${i}`;
  const rest = groupsOf(d)
    .map((g) => ({ ...g, members: g.members.filter((m) => !list.includes(m)) }))
    .filter((g) => g.members.length > 0);
  return { design: withGroups(d, [...rest, { id, name: label, members: list }]), id };
}

/** Renames a group. */
export function renameGroup(d: Design, id: string, name: string): Design {
  const g = groupsOf(d).find((x) => x.id === id);
  if (!g || g.name === name) return d;
  return withGroups(d, groupsOf(d).map((x) => (x.id === id ? { ...x, name } : x)));
}

/** Removes groups (the frames only: their devices stay). */
export function ungroup(d: Design, ids: readonly string[]): Design {
  const gone = new Set(ids);
  if (!groupsOf(d).some((g) => gone.has(g.id))) return d;
  return withGroups(d, groupsOf(d).filter((g) => !gone.has(g.id)));
}

/** Takes devices out of whatever group holds them; a group left empty goes away. */
export function leaveGroups(d: Design, devices: readonly string[]): Design {
  const out = new Set(devices);
  if (!groupsOf(d).some((g) => g.members.some((m) => out.has(m)))) return d;
  return withGroups(
    d,
    groupsOf(d)
      .map((g) => (g.members.some((m) => out.has(m)) ? { ...g, members: g.members.filter((m) => !out.has(m)) } : g))
      .filter((g) => g.members.length > 0),
  );
}

/**
 * Drops what points at devices no longer in the design (pure): notes pinned to them become free,
 * they leave their groups, and empty groups go. Returns `d` itself when nothing points astray.
 */
export function pruneAnnotations(d: Design): Design {
  if (!d.notes && !d.groups) return d;
  const ids = new Set(d.devices.map((x) => x.id));
  const stray = notesOf(d).some((n) => n.attach !== undefined && !ids.has(n.attach)) || groupsOf(d).some((g) => g.members.some((m) => !ids.has(m)));
  if (!stray) return d;
  const notes = notesOf(d).map((n) => {
    if (n.attach === undefined || ids.has(n.attach)) return n;
    const free = { ...n };
    delete free.attach;
    return free;
  });
  const groups = groupsOf(d)
    .map((g) => ({ ...g, members: g.members.filter((m) => ids.has(m)) }))
    .filter((g) => g.members.length > 0);
  return withGroups(withNotes(d, notes), groups);
}

/** Keeps the notes and groups of `from` in `to` (a design read back from code), pointing only at devices `to` has. */
export function carryAnnotations(to: Design, from: Design): Design {
  if (!from.notes && !from.groups) return to;
  return pruneAnnotations(withGroups(withNotes(to, from.notes ?? []), from.groups ?? []));
}
