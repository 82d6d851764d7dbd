/**
 * Every keyboard path of the editor, in one table: the `?` sheet lists it and `useShortcuts` dispatches
 * the entries that have a `test`. Entries without one are handled where they happen (focused ports,
 * nodes and wires, the find bar, the code editor) and are listed so the sheet is complete.
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

export interface Shortcut {
  id: string;
  keys: string[];
  what: string;
  group: 'Add and wire' | 'Select and edit' | 'View' | 'Files and code';
  /** Dispatched by `useShortcuts` when this matches (never while typing or while a dialog is open). */
  command?: CommandId;
  test?: (e: KeyboardEvent) => boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const key = (e: KeyboardEvent) => e.key.toLowerCase();

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'add', keys: ['Ctrl+K'], what: 'Add a device (search; also double-click the canvas)', group: 'Add and wire', command: 'add', test: (e) => mod(e) && !e.shiftKey && key(e) === 'k' },
  { id: 'wire', keys: ['Tab to a port', 'Enter'], what: 'Wire that port: pick a port on the canvas or a new device that fits', group: 'Add and wire' },
  { id: 'wireOut', keys: ['W'], what: "Wire the selected device's output", group: 'Add and wire', command: 'wireOut', test: (e) => plain(e) && !e.shiftKey && key(e) === 'w' },
  { id: 'note', keys: ['N'], what: 'New sticky note (pinned to the selected device)', group: 'Add and wire', command: 'note', test: (e) => plain(e) && !e.shiftKey && key(e) === 'n' },
  { id: 'group', keys: ['G'], what: 'Group the selected devices in a named frame', group: 'Add and wire', command: 'group', test: (e) => plain(e) && !e.shiftKey && key(e) === 'g' },
  { id: 'ungroup', keys: ['Shift+G'], what: 'Take the selected devices out of their group', group: 'Add and wire', command: 'ungroup', test: (e) => plain(e) && e.shiftKey && key(e) === 'g' },

  { id: 'focus', keys: ['Tab', 'Shift+Tab'], what: 'Move between devices, their names and ports, and wires', group: 'Select and edit' },
  { id: 'select', keys: ['Enter', 'Space'], what: 'Select the focused device or wire', group: 'Select and edit' },
  { id: 'move', keys: ['Arrow keys'], what: 'Move the selected devices (Shift: further); with nothing selected, pan', group: 'Select and edit', command: 'moveOrPan', test: (e) => plain(e) && /^Arrow(Up|Down|Left|Right)$/.test(e.key) },
  { id: 'rename', keys: ['F2'], what: 'Rename the selected device (Enter keeps, Escape cancels)', group: 'Select and edit', command: 'rename', test: (e) => e.key === 'F2' },
  { id: 'delete', keys: ['Delete', 'Backspace'], what: 'Delete the selected devices, wires and notes', group: 'Select and edit', command: 'delete', test: (e) => e.key === 'Delete' || e.key === 'Backspace' },
  { id: 'copy', keys: ['Ctrl+C'], what: 'Copy the selected devices', group: 'Select and edit', command: 'copy', test: (e) => mod(e) && !e.shiftKey && key(e) === 'c' },
  { id: 'cut', keys: ['Ctrl+X'], what: 'Cut the selected devices', group: 'Select and edit', command: 'cut', test: (e) => mod(e) && !e.shiftKey && key(e) === 'x' },
  { id: 'paste', keys: ['Ctrl+V'], what: 'Paste (each paste a step further from the original)', group: 'Select and edit', command: 'paste', test: (e) => mod(e) && !e.shiftKey && key(e) === 'v' },
  { id: 'duplicate', keys: ['Ctrl+D'], what: 'Duplicate the selected devices', group: 'Select and edit', command: 'duplicate', test: (e) => mod(e) && !e.shiftKey && key(e) === 'd' },
  { id: 'selectAll', keys: ['Ctrl+A'], what: 'Select every device', group: 'Select and edit', command: 'selectAll', test: (e) => mod(e) && !e.shiftKey && key(e) === 'a' },
  { id: 'clear', keys: ['Escape'], what: 'Clear the selection (or close what is open)', group: 'Select and edit', command: 'clear', test: (e) => e.key === 'Escape' },
  { id: 'undo', keys: ['Ctrl+Z'], what: 'Undo', group: 'Select and edit', command: 'undo', test: (e) => mod(e) && !e.shiftKey && key(e) === 'z' },
  { id: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], what: 'Redo', group: 'Select and edit', command: 'redo', test: (e) => (mod(e) && e.shiftKey && key(e) === 'z') || (e.ctrlKey && !e.shiftKey && key(e) === 'y') },

  { id: 'find', keys: ['Ctrl+F'], what: 'Find devices by name, device or type; Enter / Shift+Enter go to the next / previous', group: 'View', command: 'find', test: (e) => mod(e) && !e.shiftKey && key(e) === 'f' },
  { id: 'zoomIn', keys: ['+'], what: 'Zoom in', group: 'View', command: 'zoomIn', test: (e) => !mod(e) && (e.key === '+' || e.key === '=') },
  { id: 'zoomOut', keys: ['-'], what: 'Zoom out', group: 'View', command: 'zoomOut', test: (e) => !mod(e) && (e.key === '-' || e.key === '_') },
  { id: 'fit', keys: ['Shift+1'], what: 'Fit the whole design in view', group: 'View', command: 'fit', test: (e) => !mod(e) && e.shiftKey && (e.code === 'Digit1' || e.key === '!') },
  { id: 'fitSelection', keys: ['Shift+2'], what: 'Zoom to the selection', group: 'View', command: 'fitSelection', test: (e) => !mod(e) && e.shiftKey && (e.code === 'Digit2' || e.key === '@') },
  { id: 'layout', keys: ['Shift+L'], what: 'Arrange the design automatically (undoable)', group: 'View', command: 'layout', test: (e) => plain(e) && e.shiftKey && key(e) === 'l' },
  { id: 'minimap', keys: ['Click the minimap'], what: 'Jump there (drag it to pan)', group: 'View' },
  { id: 'picture', keys: ['Ctrl+Shift+E'], what: 'Export a picture (SVG or PNG) of the design or the selection', group: 'View', command: 'picture', test: (e) => mod(e) && e.shiftKey && key(e) === 'e' },
  { id: 'help', keys: ['?'], what: 'This list of shortcuts', group: 'View', command: 'help', test: (e) => !mod(e) && e.key === '?' },

  { id: 'save', keys: ['Ctrl+S'], what: 'Save the design (.json)', group: 'Files and code' },
  { id: 'open', keys: ['Ctrl+O'], what: 'Open a design or a config.ml', group: 'Files and code' },
  { id: 'apply', keys: ['Ctrl+Enter'], what: 'In config.ml: apply the edited code to the graph now', group: 'Files and code' },
  { id: 'code', keys: ['Tab', 'Ctrl+/', 'Ctrl+D', 'Alt+Click'], what: 'In config.ml: indent, comment, next occurrence, more cursors (a code editor: every key types)', group: 'Files and code' },
];

/** The shortcut a key event triggers, if any (first match). */
export function shortcutFor(e: KeyboardEvent): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.test?.(e));
}
