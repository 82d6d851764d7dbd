import { diag } from '../../core/diagnostics';
import { notify } from '../files/notices';
import { loadOcamlParserBrowser } from '../import/treeSitterBrowser';
import type { DesignStore } from '../store/designStore';
import { useCodeEdit } from './codeEdit';
import { readCode } from './readCode';

/** Pause in typing before the graph follows the code. */
export const APPLY_DELAY_MS = 600;

let timer: ReturnType<typeof setTimeout> | undefined;

/** Records typed text as the draft and applies it after a pause in typing. */
export function editCode(store: DesignStore, text: string, delay = APPLY_DELAY_MS) {
  useCodeEdit.getState().setDraft(text);
  clearTimeout(timer);
  timer = setTimeout(() => void applyDraft(store), delay);
}

/** Drops the draft: the tab shows the current design's config.ml again. */
export function discardDraft() {
  clearTimeout(timer);
  useCodeEdit.getState().discard();
}

/**
 * Applies the draft to the graph as one undoable change (`replaceDesign(…, 'code edit')`). When it does
 * not parse or type, its diagnostics are recorded (markers + Problems) and the graph keeps its state.
 */
export async function applyDraft(store: DesignStore): Promise<void> {
  clearTimeout(timer);
  const text = useCodeEdit.getState().draft;
  if (text === null) return;
  let parser;
  try {
    parser = await loadOcamlParserBrowser();
  } catch (e) {
    const d = diag('MC022', 'error', `The OCaml parser could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { line: 1, column: 1 });
    useCodeEdit.setState({ check: { text, diagnostics: [d] } });
    return;
  }
  if (useCodeEdit.getState().draft !== text) return; // typed on meanwhile: the next pause applies
  const r = readCode(text, parser, store.getState().design);
  if (r.kind === 'errors') {
    useCodeEdit.setState({ check: { text, diagnostics: r.diagnostics } });
    return;
  }
  if (r.kind === 'changed') {
    const s = store.getState();
    const ids = new Set(r.design.devices.map((d) => d.id));
    const old = new Set(s.design.devices.map((d) => d.id));
    const keep = s.selected.filter((id) => ids.has(id));
    const added = r.design.devices.find((d) => !old.has(d.id));
    s.replaceDesign(r.design, 'code edit');
    // A device the code added is shown on the canvas; otherwise the selection stays.
    if (added) store.getState().focus(added.id);
    else if (keep.length) store.getState().select(keep);
  }
  const keptKey = r.kept.map((k) => `${k.name}@${k.line}`).join(',');
  const before = useCodeEdit.getState().keptKey;
  useCodeEdit.setState({ draft: null, applied: { design: store.getState().design, text }, check: { text, diagnostics: r.diagnostics }, keptKey });
  if (keptKey && keptKey !== before)
    notify({ kind: 'info', title: 'Some of config.ml is kept as OCaml code.', details: r.kept.map((k) => `line ${k.line}: \`${k.name}\` (${k.reason})`) });
}
