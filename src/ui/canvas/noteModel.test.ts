import { describe, expect, it } from 'vitest';
import { addNote, setNoteText } from '../../core/annotations/ops';
import { design } from '../../core/graph/builder';
import { buildNoteNodes, noteIdOf, noteNodeId, pinTarget } from './noteModel';

describe('notes on the canvas', () => {
  it('maps notes to nodes, keeping unchanged ones and naming the device a note is pinned to', () => {
    const d = addNote(design().add('net', 'default_network').build(), { x: 5, y: 6 }, 'hi', 'net').design;
    const n1 = buildNoteNodes([], d, new Set());
    expect(n1).toEqual([expect.objectContaining({ id: 'note:note1', type: 'note', position: { x: 5, y: 6 }, data: expect.objectContaining({ pinned: 'net' }) })]);
    expect(buildNoteNodes(n1, d, new Set())[0]).toBe(n1[0]);
    expect(buildNoteNodes(n1, setNoteText(d, 'note1', 'ho'), new Set())[0]).not.toBe(n1[0]);
    expect(buildNoteNodes(n1, d, new Set(['note:note1']))[0]!.selected).toBe(true);
    expect(noteIdOf(noteNodeId('x'))).toBe('x');
    expect(noteIdOf('net')).toBeNull();
  });
  it('pins a dropped note to the device it overlaps most, else the nearest within reach, else none', () => {
    const devs = [
      { id: 'a', x: 0, y: 0, width: 180, height: 100 },
      { id: 'b', x: 300, y: 0, width: 180, height: 100 },
    ];
    expect(pinTarget({ x: 100, y: 20, width: 200, height: 60 }, devs)).toBe('a');
    expect(pinTarget({ x: 260, y: 20, width: 200, height: 60 }, devs)).toBe('b');
    expect(pinTarget({ x: 0, y: -90, width: 200, height: 60 }, devs)).toBe('a');
    expect(pinTarget({ x: 0, y: 400, width: 200, height: 60 }, devs)).toBeNull();
  });
});
