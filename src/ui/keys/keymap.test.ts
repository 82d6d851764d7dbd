import { describe, expect, it } from 'vitest';
import { BINDINGS, bindingFor } from './bindings';
import { SHORTCUTS } from './keymap';

const key = (k: string, o: Partial<KeyboardEventInit & { code: string }> = {}) => ({ key: k, code: o.code ?? '', ctrlKey: !!o.ctrlKey, metaKey: !!o.metaKey, shiftKey: !!o.shiftKey, altKey: !!o.altKey }) as KeyboardEvent;
const command = (e: KeyboardEvent) => bindingFor(e)?.command;

describe('keymap', () => {
  it('the sheet lists every dispatched key, each entry saying what it does and how', () => {
    const sheet = new Set(SHORTCUTS.map((s) => s.id));
    expect(sheet.size).toBe(SHORTCUTS.length);
    for (const b of BINDINGS) expect(sheet.has(b.id)).toBe(true);
    expect(new Set(BINDINGS.map((b) => b.id)).size).toBe(BINDINGS.length);
    for (const s of SHORTCUTS) {
      expect(s.keys.length).toBeGreaterThan(0);
      expect(s.what.length).toBeGreaterThan(3);
    }
  });
  it('maps keys to the right command, with and without modifiers', () => {
    expect(command(key('k', { ctrlKey: true }))).toBe('add');
    expect(command(key('k', { metaKey: true }))).toBe('add');
    expect(command(key('k'))).toBeUndefined();
    expect(command(key('z', { ctrlKey: true }))).toBe('undo');
    expect(command(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(command(key('y', { ctrlKey: true }))).toBe('redo');
    expect(command(key('n'))).toBe('note');
    expect(command(key('n', { ctrlKey: true }))).toBeUndefined();
    expect(command(key('G', { shiftKey: true }))).toBe('ungroup');
    expect(command(key('g'))).toBe('group');
    expect(command(key('!', { shiftKey: true, code: 'Digit1' }))).toBe('fit');
    expect(command(key('?', { shiftKey: true }))).toBe('help');
    expect(command(key('E', { ctrlKey: true, shiftKey: true }))).toBe('picture');
    expect(command(key('f', { ctrlKey: true }))).toBe('find');
    expect(command(key('ArrowLeft'))).toBe('moveOrPan');
    expect(command(key('ArrowLeft', { ctrlKey: true }))).toBeUndefined();
    expect(command(key('Delete'))).toBe('delete');
  });
});
