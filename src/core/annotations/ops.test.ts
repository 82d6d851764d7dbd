import { describe, expect, it } from 'vitest';
import { loadDesign } from '../design/load';
import { serializeDesign } from '../design/load';
import { design } from '../graph/builder';
import { removeInstances } from '../graph/ops';
import { addGroup, addNote, carryAnnotations, leaveGroups, placeNotes, pruneAnnotations, removeNotes, renameGroup, setNoteText, ungroup } from './ops';

const base = () => design('4.11.1').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('kv', 'generic_kv_ro').build();

describe('notes', () => {
  it('adds, edits, moves, pins and removes notes without touching the rest', () => {
    const d0 = base();
    const a = addNote(d0, { x: 10, y: 20 }, 'uses DHCP in production', 'stack');
    expect(a.id).toBe('note1');
    expect(a.design.notes).toEqual([{ id: 'note1', text: 'uses DHCP in production', position: { x: 10, y: 20 }, attach: 'stack' }]);
    expect(a.design.devices).toBe(d0.devices);
    const b = addNote(a.design, { x: 0, y: 0 });
    expect(b.id).toBe('note2');
    const c = setNoteText(b.design, 'note2', 'free text');
    expect(c.notes![1]!.text).toBe('free text');
    expect(setNoteText(c, 'note2', 'free text')).toBe(c);
    const e = placeNotes(c, { note1: { position: { x: 5, y: 5 }, attach: null }, note2: { position: { x: 1, y: 1 }, attach: 'net' } });
    expect(e.notes).toEqual([
      { id: 'note1', text: 'uses DHCP in production', position: { x: 5, y: 5 } },
      { id: 'note2', text: 'free text', position: { x: 1, y: 1 }, attach: 'net' },
    ]);
    const f = removeNotes(removeNotes(e, ['note1']), ['note2']);
    expect('notes' in f).toBe(false);
  });
});

describe('groups', () => {
  it('groups devices under a fresh name; a device is in one group at most', () => {
    const g1 = addGroup(base(), ['net', 'stack', 'nope']);
    expect(g1.design.groups).toEqual([{ id: 'group1', name: 'Group 1', members: ['net', 'stack'] }]);
    const g2 = addGroup(g1.design, ['stack', 'kv'], 'Storage');
    expect(g2.design.groups).toEqual([
      { id: 'group1', name: 'Group 1', members: ['net'] },
      { id: 'group2', name: 'Storage', members: ['stack', 'kv'] },
    ]);
    expect(renameGroup(g2.design, 'group1', 'Network').groups![0]!.name).toBe('Network');
    expect(ungroup(g2.design, ['group1']).groups).toEqual([{ id: 'group2', name: 'Storage', members: ['stack', 'kv'] }]);
    expect(leaveGroups(g2.design, ['net']).groups!.map((g) => g.id)).toEqual(['group2']);
  });

  it('removing devices unpins their notes and takes them out of their groups', () => {
    const d = addGroup(addNote(base(), { x: 0, y: 0 }, 'n', 'net').design, ['net']).design;
    const r = removeInstances(d, ['net']);
    expect(r.notes).toEqual([{ id: 'note1', text: 'n', position: { x: 0, y: 0 } }]);
    expect(r.groups).toBeUndefined();
    expect(pruneAnnotations(base())).toEqual(base());
  });

  it('carries notes and groups over to a design read back from code, dropping what it no longer has', () => {
    const d = addGroup(addNote(base(), { x: 0, y: 0 }, 'n', 'kv').design, ['net', 'kv']).design;
    const fromCode = removeInstances(base(), ['kv']);
    const kept = carryAnnotations(fromCode, d);
    expect(kept.notes).toEqual([{ id: 'note1', text: 'n', position: { x: 0, y: 0 } }]);
    expect(kept.groups).toEqual([{ id: 'group1', name: 'Group 1', members: ['net'] }]);
  });
});

describe('design files with annotations', () => {
  it('save and load keep notes and groups (format 1); stray references are dropped with a warning', () => {
    const d = addGroup(addNote(base(), { x: 3, y: 4 }, 'hello (* world *)', 'kv').design, ['net', 'stack']).design;
    const r = loadDesign(serializeDesign(d));
    expect(r.ok && r.design.notes).toEqual(d.notes);
    expect(r.ok && r.design.groups).toEqual(d.groups);
    const raw = JSON.parse(serializeDesign(d)) as Record<string, unknown>;
    raw.notes = [{ id: 'n', text: 't', position: { x: 0, y: 0 }, attach: 'ghost' }];
    raw.groups = [{ id: 'g', name: 'G', members: ['net', 'ghost'] }];
    const s = loadDesign(raw);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.design.notes).toEqual([{ id: 'n', text: 't', position: { x: 0, y: 0 } }]);
    expect(s.design.groups).toEqual([{ id: 'g', name: 'G', members: ['net'] }]);
    expect(s.diagnostics.filter((x) => x.severity === 'warning')).toHaveLength(2);
  });

  it('a design without annotations serializes without the new fields', () => {
    expect(serializeDesign(base())).not.toMatch(/"notes"|"groups"/);
  });
});
