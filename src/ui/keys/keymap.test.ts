import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from './keymap';

const key = (k: string, o: Partial<KeyboardEventInit & { code: string }> = {}) => ({ key: k, code: o.code ?? '', ctrlKey: !!o.ctrlKey, metaKey: !!o.metaKey, shiftKey: !!o.shiftKey, altKey: !!o.altKey }) as KeyboardEvent;

describe('keymap', () => {
  it('has unique ids, and every entry says what it does and how', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const s of SHORTCUTS) {
      expect(s.keys.length).toBeGreaterThan(0);
      expect(s.what.length).toBeGreaterThan(3);
      expect(!!s.command).toBe(!!s.test);
    }
  });
  it('maps keys to the right command, with and without modifiers', () => {
    expect(shortcutFor(key('k', { ctrlKey: true }))?.command).toBe('add');
    expect(shortcutFor(key('k', { metaKey: true }))?.command).toBe('add');
    expect(shortcutFor(key('k'))).toBeUndefined();
    expect(shortcutFor(key('z', { ctrlKey: true }))?.command).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }))?.command).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }))?.command).toBe('redo');
    expect(shortcutFor(key('n'))?.command).toBe('note');
    expect(shortcutFor(key('n', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(key('G', { shiftKey: true }))?.command).toBe('ungroup');
    expect(shortcutFor(key('g'))?.command).toBe('group');
    expect(shortcutFor(key('!', { shiftKey: true, code: 'Digit1' }))?.command).toBe('fit');
    expect(shortcutFor(key('?', { shiftKey: true }))?.command).toBe('help');
    expect(shortcutFor(key('E', { ctrlKey: true, shiftKey: true }))?.command).toBe('picture');
    expect(shortcutFor(key('f', { ctrlKey: true }))?.command).toBe('find');
    expect(shortcutFor(key('ArrowLeft'))?.command).toBe('moveOrPan');
    expect(shortcutFor(key('ArrowLeft', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(key('Delete'))?.command).toBe('delete');
  });
});
