import type { Diagnostic } from '../../core/diagnostics';
import { DiagnosticMark } from '../problems/DiagnosticMark';

interface Props {
  diagnostics: readonly Diagnostic[];
  /** Puts the cursor on the diagnostic's line in config.ml. */
  onGo(d: Diagnostic): void;
}

/** The "config.ml" section of the Problems tab: what reading the edited code found. */
export default function CodeProblems({ diagnostics, onGo }: Props) {
  if (!diagnostics.length) return null;
  const errors = diagnostics.some((d) => d.severity === 'error');
  return (
    <section className="mc-code-problems" data-testid="code-problems" aria-label="config.ml problems">
      <h3>config.ml {errors ? '— not applied, the graph keeps its last good state' : ''}</h3>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={`${d.code}-${d.line ?? 0}-${d.column ?? 0}-${i}`}>
            <button type="button" className="mc-problem" data-testid="code-problem-item" data-code={d.code} data-severity={d.severity} onClick={() => onGo(d)} title="Show in config.ml">
              <DiagnosticMark d={d} />
              <span className="mc-msg">{d.message}</span>
              {d.line !== undefined && (
                <span className="mc-dev">
                  line {d.line}
                  {d.column ? `:${d.column}` : ''}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
