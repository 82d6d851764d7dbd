/**
 * Every keyboard path of the editor, described for the `?` sheet. The keys `useShortcuts` dispatches are
 * in `bindings.ts` (same ids); the others are handled where they happen (focused ports, nodes and wires,
 * the find bar, the code editor) and are listed here so the sheet is complete.
 */
export interface Shortcut {
  id: string;
  keys: string[];
  what: string;
  group: 'Add and wire' | 'Select and edit' | 'View' | 'Files and code';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'add', keys: ['Ctrl+K'], what: 'Add a device (search; also double-click the canvas)', group: 'Add and wire' },
  { id: 'wire', keys: ['Tab to a port', 'Enter'], what: 'Wire that port: pick a port on the canvas or a new device that fits', group: 'Add and wire' },
  { id: 'wireOut', keys: ['W'], what: "Wire the selected device's output", group: 'Add and wire' },
  { id: 'note', keys: ['N'], what: 'New sticky note (pinned to the selected device)', group: 'Add and wire' },
  { id: 'group', keys: ['G'], what: 'Group the selected devices in a named frame', group: 'Add and wire' },
  { id: 'ungroup', keys: ['Shift+G'], what: 'Take the selected devices out of their group', group: 'Add and wire' },
  { id: 'focus', keys: ['Tab', 'Shift+Tab'], what: 'Move between devices, their names and ports, and wires', group: 'Select and edit' },
  { id: 'select', keys: ['Enter', 'Space'], what: 'Select the focused device or wire', group: 'Select and edit' },
  { id: 'move', keys: ['Arrow keys'], what: 'Move the selected devices (Shift: further); with nothing selected, pan', group: 'Select and edit' },
  { id: 'rename', keys: ['F2'], what: 'Rename the selected device (Enter keeps, Escape cancels)', group: 'Select and edit' },
  { id: 'delete', keys: ['Delete', 'Backspace'], what: 'Delete the selected devices, wires and notes', group: 'Select and edit' },
  { id: 'copy', keys: ['Ctrl+C'], what: 'Copy the selected devices', group: 'Select and edit' },
  { id: 'cut', keys: ['Ctrl+X'], what: 'Cut the selected devices', group: 'Select and edit' },
  { id: 'paste', keys: ['Ctrl+V'], what: 'Paste (each paste a step further from the original)', group: 'Select and edit' },
  { id: 'duplicate', keys: ['Ctrl+D'], what: 'Duplicate the selected devices', group: 'Select and edit' },
  { id: 'selectAll', keys: ['Ctrl+A'], what: 'Select every device', group: 'Select and edit' },
  { id: 'clear', keys: ['Escape'], what: 'Clear the selection (or close what is open)', group: 'Select and edit' },
  { id: 'undo', keys: ['Ctrl+Z'], what: 'Undo', group: 'Select and edit' },
  { id: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], what: 'Redo', group: 'Select and edit' },
  { id: 'find', keys: ['Ctrl+F'], what: 'Find devices by name, device or type; Enter / Shift+Enter go to the next / previous', group: 'View' },
  { id: 'zoomIn', keys: ['+'], what: 'Zoom in', group: 'View' },
  { id: 'zoomOut', keys: ['-'], what: 'Zoom out', group: 'View' },
  { id: 'fit', keys: ['Shift+1'], what: 'Fit the whole design in view', group: 'View' },
  { id: 'fitSelection', keys: ['Shift+2'], what: 'Zoom to the selection', group: 'View' },
  { id: 'layout', keys: ['Shift+L'], what: 'Arrange the design automatically (undoable)', group: 'View' },
  { id: 'minimap', keys: ['Click the minimap'], what: 'Jump there (drag it to pan)', group: 'View' },
  { id: 'picture', keys: ['Ctrl+Shift+E'], what: 'Export a picture (SVG or PNG) of the design or the selection', group: 'View' },
  { id: 'help', keys: ['?'], what: 'This list of shortcuts', group: 'View' },
  { id: 'save', keys: ['Ctrl+S'], what: 'Save the design (.json)', group: 'Files and code' },
  { id: 'open', keys: ['Ctrl+O'], what: 'Open a design or a config.ml', group: 'Files and code' },
  { id: 'apply', keys: ['Ctrl+Enter'], what: 'In config.ml: apply the edited code to the graph now', group: 'Files and code' },
  { id: 'code', keys: ['Tab', 'Ctrl+/', 'Ctrl+D', 'Alt+Click', 'Ctrl+M'], what: 'In config.ml: indent, comment, next occurrence, more cursors; Ctrl+M makes Tab move the focus out (a code editor: every key types)', group: 'Files and code' },
];
