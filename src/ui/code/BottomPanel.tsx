import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { launchCommand } from '../../core/codegen/export';
import { useDesignStore, useDesignStoreApi } from '../store/context';
import { useDerivedFirst } from '../store/derived';
import { generated } from '../store/generated';
import { problemCount } from '../problems/summary';
import { copyText } from '../files/browser';
import { notify } from '../files/notices';
import { applyDraft, discardDraft } from './applyCode';
import { useCodeEdit } from './codeEdit';
import CodeProblems from './CodeProblems';
import CodeView from './CodeView';
import DirtyBar from './DirtyBar';
import { codeTabs, type CodeTabId } from './tabs';
import { useConfigEdit } from './useConfigEdit';
import './code.css';

const ProblemsList = lazy(() => import('../problems/ProblemsList'));

type TabId = CodeTabId | 'problems';

/** The bottom panel: config.ml (editable: the graph follows), unikernel.ml, build.sh, the launch command, and Problems (n). */
export default function BottomPanel() {
  const derived = useDerivedFirst('code');
  const { design } = derived;
  // With the export's notes on a design read from config.ml (MC031); the canvas shows the validator's alone.
  const { files, configSpans, diagnostics } = generated(design);
  const selected = useDesignStore((s) => s.selected);
  const focus = useDesignStore((s) => s.focus);
  const [active, setActive] = useState<TabId>('config');
  const list = useRef<HTMLDivElement>(null);
  const store = useDesignStoreApi();
  const config = useConfigEdit(derived);

  const launch = useMemo(() => {
    try {
      return launchCommand(design);
    } catch {
      return '';
    }
  }, [design]);
  const configText = config.text;
  const tabs = useMemo(() => codeTabs(files, launch).map((t) => (t.id === 'config' ? { ...t, text: configText } : t)), [files, launch, configText]);
  const codeErrors = config.diagnostics.filter((d) => d.severity === 'error').length;
  const count = problemCount(diagnostics) + problemCount(config.diagnostics);
  const errors = codeErrors > 0 || diagnostics.some((d) => d.severity === 'error');
  const ids: TabId[] = [...tabs.map((t) => t.id), 'problems'];
  const title = (id: TabId) => (id === 'problems' ? `Problems (${count})` : tabs.find((t) => t.id === id)!.title);

  const onKey = (e: React.KeyboardEvent) => {
    const i = ids.indexOf(active);
    const next = e.key === 'ArrowRight' ? ids[(i + 1) % ids.length] : e.key === 'ArrowLeft' ? ids[(i + ids.length - 1) % ids.length] : undefined;
    if (!next) return;
    e.preventDefault();
    setActive(next);
    list.current?.querySelector<HTMLElement>(`#mc-tab-${next}`)?.focus();
  };

  const tab = tabs.find((t) => t.id === active);
  return (
    <section className="mc-bottom" aria-label="Generated code and problems">
      <div className="mc-tabbar">
        <div className="mc-tabs" role="tablist" aria-label="Generated files" ref={list} onKeyDown={onKey}>
          {ids.map((id) => (
            <button
              key={id}
              id={`mc-tab-${id}`}
              type="button"
              role="tab"
              data-testid={`tab-${id}`}
              aria-selected={active === id}
              aria-controls="mc-tabpanel"
              tabIndex={active === id ? 0 : -1}
              className={id === 'problems' && count ? (errors ? 'mc-tab-errors' : 'mc-tab-warnings') : undefined}
              onClick={() => setActive(id)}
            >
              {title(id)}
            </button>
          ))}
        </div>
        {config.dirty && <DirtyBar errors={codeErrors} onApply={() => void applyDraft(store)} onDiscard={discardDraft} />}
        {tab && (
          <button
            type="button"
            className="mc-code-copy"
            data-testid="code-copy"
            title={`Copy ${tab.title} to the clipboard`}
            onClick={() =>
              void copyText(tab.text).then((ok) =>
                notify(ok ? { kind: 'info', title: `${tab.title} copied to the clipboard.` } : { kind: 'error', title: 'The browser refused clipboard access.' }),
              )
            }
          >
            Copy
          </button>
        )}
      </div>
      <div className="mc-tabpanel" id="mc-tabpanel" role="tabpanel" aria-labelledby={`mc-tab-${active}`}>
        {tab ? (
          <CodeView
            tab={tab}
            spans={tab.id === 'config' && config.generated ? configSpans : undefined}
            selected={selected}
            onPick={focus}
            edit={tab.id === 'config' ? config.edit : undefined}
          />
        ) : (
          <div className="mc-problems-stack">
            <CodeProblems
              diagnostics={config.diagnostics}
              onGo={(d) => {
                setActive('config');
                useCodeEdit.getState().revealAt(d.line ?? 1, d.column ?? 1);
              }}
            />
            <Suspense fallback={null}>
              <ProblemsList />
            </Suspense>
          </div>
        )}
      </div>
    </section>
  );
}
