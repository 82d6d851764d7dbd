/**
 * Where typing happens: text fields, selects, contenteditable, the Monaco editor (its input is a
 * `native-edit-context` div, not a textarea, which React Flow does not recognise: the panels around
 * the canvas carry React Flow's `.nokey` opt-out so its Space-to-pan never swallows a typed space).
 */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor';

/** True when a key event at `t` belongs to a text field or code editor: canvas shortcuts stay out of the way. */
export function isTyping(t: EventTarget | null): boolean {
  const el = t as Element | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.closest(TYPING) !== null;
}

/** True when a dialog (quick-add, shortcuts, picture export…) is open over the editor. */
export function dialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}
