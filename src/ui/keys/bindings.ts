/**
 * The keys the editor dispatches (`useShortcuts`), kept apart from their descriptions (`keymap.ts`, loaded
 * with the `?` sheet) so start-up carries only the tests. Each id is also an entry of the sheet.
 */
export type CommandId =
  | 'add'
  | 'wireOut'
  | 'note'
  | 'group'
  | 'ungroup'
  | 'rename'
  | 'delete'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'clear'
  | 'undo'
  | 'redo'
  | 'find'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'fitSelection'
  | 'layout'
  | 'picture'
  | 'help'
  | 'moveOrPan';

export interface Binding {
  /** The id of its entry in the shortcuts sheet. */
  id: string;
  command: CommandId;
  test: (e: KeyboardEvent) => boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const key = (e: KeyboardEvent) => e.key.toLowerCase();

export const BINDINGS: readonly Binding[] = [
  { id: 'add', command: 'add', test: (e) => mod(e) && !e.shiftKey && key(e) === 'k' },
  { id: 'wireOut', command: 'wireOut', test: (e) => plain(e) && !e.shiftKey && key(e) === 'w' },
  { id: 'note', command: 'note', test: (e) => plain(e) && !e.shiftKey && key(e) === 'n' },
  { id: 'group', command: 'group', test: (e) => plain(e) && !e.shiftKey && key(e) === 'g' },
  { id: 'ungroup', command: 'ungroup', test: (e) => plain(e) && e.shiftKey && key(e) === 'g' },
  { id: 'move', command: 'moveOrPan', test: (e) => plain(e) && /^Arrow(Up|Down|Left|Right)$/.test(e.key) },
  { id: 'rename', command: 'rename', test: (e) => e.key === 'F2' },
  { id: 'delete', command: 'delete', test: (e) => e.key === 'Delete' || e.key === 'Backspace' },
  { id: 'copy', command: 'copy', test: (e) => mod(e) && !e.shiftKey && key(e) === 'c' },
  { id: 'cut', command: 'cut', test: (e) => mod(e) && !e.shiftKey && key(e) === 'x' },
  { id: 'paste', command: 'paste', test: (e) => mod(e) && !e.shiftKey && key(e) === 'v' },
  { id: 'duplicate', command: 'duplicate', test: (e) => mod(e) && !e.shiftKey && key(e) === 'd' },
  { id: 'selectAll', command: 'selectAll', test: (e) => mod(e) && !e.shiftKey && key(e) === 'a' },
  { id: 'clear', command: 'clear', test: (e) => e.key === 'Escape' },
  { id: 'undo', command: 'undo', test: (e) => mod(e) && !e.shiftKey && key(e) === 'z' },
  { id: 'redo', command: 'redo', test: (e) => (mod(e) && e.shiftKey && key(e) === 'z') || (e.ctrlKey && !e.shiftKey && key(e) === 'y') },
  { id: 'find', command: 'find', test: (e) => mod(e) && !e.shiftKey && key(e) === 'f' },
  { id: 'zoomIn', command: 'zoomIn', test: (e) => !mod(e) && (e.key === '+' || e.key === '=') },
  { id: 'zoomOut', command: 'zoomOut', test: (e) => !mod(e) && (e.key === '-' || e.key === '_') },
  { id: 'fit', command: 'fit', test: (e) => !mod(e) && e.shiftKey && (e.code === 'Digit1' || e.key === '!') },
  { id: 'fitSelection', command: 'fitSelection', test: (e) => !mod(e) && e.shiftKey && (e.code === 'Digit2' || e.key === '@') },
  { id: 'layout', command: 'layout', test: (e) => plain(e) && e.shiftKey && key(e) === 'l' },
  { id: 'picture', command: 'picture', test: (e) => mod(e) && e.shiftKey && key(e) === 'e' },
  { id: 'help', command: 'help', test: (e) => !mod(e) && e.key === '?' },
];

/** The binding a key event triggers, if any (first match). */
export function bindingFor(e: KeyboardEvent): Binding | undefined {
  return BINDINGS.find((b) => b.test(e));
}
