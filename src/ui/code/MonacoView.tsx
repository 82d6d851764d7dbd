import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { useCodeEdit } from './codeEdit';
import { toMarkers } from './markers';
import { minimalEdit } from './minimalEdit';
import { monaco } from './monaco/setup';
import { type CodeTab, instanceAtLine, selectedRanges, type Spans } from './tabs';

export interface EditProps {
  /** The text the user types becomes a draft (only on the config.ml tab). */
  onEdit(text: string): void;
  /** Ctrl/Cmd+Enter. */
  onApply(): void;
  /** True while a draft exists (read when the text would be replaced): the model is then the source of truth. */
  held(): boolean;
  /** Code diagnostics of the shown text, as markers. */
  diagnostics: readonly Diagnostic[];
  reveal: { line: number; column: number; seq: number } | null;
}

export interface MonacoViewProps {
  tab: CodeTab;
  /** config.ml spans; given only while the tab shows the generated config.ml. */
  spans?: Spans;
  selected: readonly string[];
  onPick(instanceId: string): void;
  edit?: EditProps;
}

const dark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
const OWNER = 'mirage-composer';

/** Monaco showing one file; one model per tab keeps each tab's scroll. config.ml is editable when `edit` is given. */
export default function MonacoView({ tab, spans, selected, onPick, edit }: MonacoViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const setting = useRef(false);
  const live = useRef({ spans, onPick, edit });
  live.current = { spans, onPick, edit };

  useEffect(() => {
    const e = monaco.editor.create(host.current!, {
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      renderLineHighlight: 'none',
      theme: dark() ? 'mc-dark' : 'mc-light',
      ariaLabel: 'Generated code (read-only)',
      contextmenu: false,
      stickyScroll: { enabled: false },
      wordBasedSuggestions: 'off',
      occurrencesHighlight: 'off',
      links: false,
    });
    editor.current = e;
    decorations.current = e.createDecorationsCollection();
    const subs = [
      e.onMouseDown((ev) => {
        const line = ev.target.position?.lineNumber;
        const { spans: s, onPick: p } = live.current;
        if (!line || !s) return;
        const id = instanceAtLine(s, line);
        if (id) p(id);
      }),
      e.onDidChangeModelContent(() => {
        const m = e.getModel();
        if (!setting.current && m && live.current.edit) live.current.edit.onEdit(m.getValue());
      }),
    ];
    e.addAction({
      id: 'mc-apply-config',
      label: 'Apply config.ml to the graph',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => live.current.edit?.onApply(),
    });
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => monaco.editor.setTheme(dark() ? 'mc-dark' : 'mc-light');
    mq?.addEventListener('change', onScheme);
    const owned = models.current;
    return () => {
      mq?.removeEventListener('change', onScheme);
      for (const s of subs) s.dispose();
      e.dispose();
      for (const m of owned.values()) m.dispose();
      owned.clear();
      editor.current = null;
    };
  }, []);

  const editable = !!edit;
  useEffect(() => {
    const e = editor.current;
    if (!e) return;
    let model = models.current.get(tab.id);
    if (!model) {
      model = monaco.editor.createModel(tab.text, tab.language);
      // OCaml and shell are indented by 2: Tab inserts 2 spaces.
      model.updateOptions({ tabSize: 2, indentSize: 2, insertSpaces: true });
      models.current.set(tab.id, model);
    } else if (model.getValue() !== tab.text && !(tab.id === 'config' && live.current.edit?.held())) {
      const view = e.getModel() === model ? e.saveViewState() : null;
      setting.current = true;
      try {
        // Only the changed lines (re-tokenized alone), unless the model has an undo history to drop.
        const change = !model.canUndo() && !model.canRedo() ? minimalEdit(model.getValue(), tab.text) : null;
        if (change) model.applyEdits([{ range: monaco.Range.fromPositions(model.getPositionAt(change.start), model.getPositionAt(change.end)), text: change.text }]);
        else model.setValue(tab.text);
      } finally {
        setting.current = false;
      }
      if (view) e.restoreViewState(view);
    }
    if (e.getModel() !== model) e.setModel(model);
    e.updateOptions({
      readOnly: !editable,
      domReadOnly: !editable,
      ariaLabel: editable ? `${tab.title} (editable: the graph follows after a pause, or Ctrl+Enter)` : `${tab.title} (generated, read-only)`,
    });
  }, [tab, editable]);

  const diagnostics = edit?.diagnostics;
  useEffect(() => {
    const model = models.current.get(tab.id);
    if (!model) return;
    monaco.editor.setModelMarkers(model, OWNER, diagnostics ? toMarkers(diagnostics, model.getValue()) : []);
  }, [diagnostics, tab]);

  const reveal = edit?.reveal;
  useEffect(() => {
    const e = editor.current;
    if (!e || !reveal || !editable) return;
    e.setPosition({ lineNumber: reveal.line, column: reveal.column });
    e.revealLineInCenterIfOutsideViewport(reveal.line);
    e.focus();
    useCodeEdit.setState({ reveal: null });
  }, [reveal, editable]);

  useEffect(() => {
    const e = editor.current;
    if (!e || !decorations.current) return;
    const ranges = spans ? selectedRanges(spans, selected) : [];
    decorations.current.set(
      ranges.map((r) => ({
        range: new monaco.Range(r.start, 1, r.end, 1),
        options: { isWholeLine: true, className: 'mc-code-selected', linesDecorationsClassName: 'mc-code-selected-gutter' },
      })),
    );
    const first = ranges[0];
    if (first) e.revealLinesInCenterIfOutsideViewport(first.start, first.end);
  }, [spans, selected, tab]);

  return <div ref={host} className="mc-monaco" />;
}
