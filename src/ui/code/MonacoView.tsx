import { useEffect, useRef } from 'react';
import { monaco } from './monaco/setup';
import { type CodeTab, instanceAtLine, selectedRanges, type Spans } from './tabs';

interface Props {
  tab: CodeTab;
  /** config.ml spans; given only for the config.ml tab. */
  spans?: Spans;
  selected: readonly string[];
  onPick(instanceId: string): void;
}

const dark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/** A read-only Monaco editor showing one generated file; one model per tab keeps each tab's scroll. */
export default function MonacoView({ tab, spans, selected, onPick }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const pick = useRef({ spans, onPick });
  pick.current = { spans, onPick };

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
    const sub = e.onMouseDown((ev) => {
      const line = ev.target.position?.lineNumber;
      const { spans: s, onPick: p } = pick.current;
      if (!line || !s) return;
      const id = instanceAtLine(s, line);
      if (id) p(id);
    });
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => monaco.editor.setTheme(dark() ? 'mc-dark' : 'mc-light');
    mq?.addEventListener('change', onScheme);
    const owned = models.current;
    return () => {
      mq?.removeEventListener('change', onScheme);
      sub.dispose();
      e.dispose();
      for (const m of owned.values()) m.dispose();
      owned.clear();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const e = editor.current;
    if (!e) return;
    let model = models.current.get(tab.id);
    if (!model) {
      model = monaco.editor.createModel(tab.text, tab.language);
      models.current.set(tab.id, model);
    } else if (model.getValue() !== tab.text) {
      const view = e.getModel() === model ? e.saveViewState() : null;
      model.setValue(tab.text);
      if (view) e.restoreViewState(view);
    }
    if (e.getModel() !== model) e.setModel(model);
    e.updateOptions({ ariaLabel: `${tab.title} (generated, read-only)` });
  }, [tab]);

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
