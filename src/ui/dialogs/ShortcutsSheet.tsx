import { SHORTCUTS, type Shortcut } from '../keys/keymap';
import { Modal } from './Modal';

const GROUPS: Shortcut['group'][] = ['Add and wire', 'Select and edit', 'View', 'Files and code'];
const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const show = (k: string) => (mac ? k.replace(/Ctrl\+/g, '⌘').replace(/Alt\+/g, '⌥') : k);

/** The `?` sheet: every keyboard path of the editor, from the one keymap. */
export default function ShortcutsSheet({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="shortcuts" wide>
      <p className="muted">Shortcuts act on the canvas; while you type in a field or in the code editor, every key types.</p>
      <div className="shortcut-groups">
        {GROUPS.map((g) => (
          <section key={g}>
            <h3>{g}</h3>
            <dl className="shortcut-list">
              {SHORTCUTS.filter((s) => s.group === g).map((s) => (
                <div key={s.id} className="shortcut-row" data-testid={`shortcut-${s.id}`}>
                  <dt>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="muted"> / </span>}
                        <kbd>{show(k)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{s.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
