import type { Diagnostic } from '../../core/diagnostics';
import { useDesignStore } from '../store/context';
import { useDerived } from '../store/derived';
import { generated } from '../store/generated';
import { DiagnosticMark } from './DiagnosticMark';
import { summarize } from './summary';
import './problems.css';

/** Every diagnostic of the design; clicking one selects and centers its device on the canvas. */
export default function ProblemsList() {
  const { design } = useDerived();
  // With the export's notes (MC031) on a design read from config.ml.
  const { diagnostics } = generated(design);
  const focus = useDesignStore((s) => s.focus);
  const names = new Map(design.devices.map((d) => [d.id, d.name || d.device]));
  const counts = summarize(diagnostics);

  if (diagnostics.length === 0) {
    return (
      <div className="mc-problems mc-problems-empty" data-testid="problems">
        <p>No problems: this design exports a config.ml for Mirage {design.mirage}.</p>
      </div>
    );
  }
  return (
    <div className="mc-problems" data-testid="problems">
      <p className="mc-problems-summary">{counts}</p>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={`${d.code}-${d.instance ?? ''}-${d.port ?? d.param ?? d.wire ?? ''}-${i}`}>
            <Item d={d} device={d.instance ? names.get(d.instance) : undefined} onFocus={d.instance ? () => focus(d.instance!) : undefined} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Item({ d, device, onFocus }: { d: Diagnostic; device?: string; onFocus?: () => void }) {
  const body = (
    <>
      <DiagnosticMark d={d} />
      <span className="mc-msg">
        {d.message}
        {d.hint && <span className="mc-hint"> — {d.hint}</span>}
      </span>
      {device && (
        <span className="mc-dev">
          {device}
          {(d.port ?? d.param) && <span className="mc-dev-where">.{d.port ?? d.param}</span>}
        </span>
      )}
      {d.line !== undefined && <span className="mc-dev">line {d.line}</span>}
    </>
  );
  return onFocus ? (
    <button type="button" className="mc-problem" data-testid="problem-item" data-code={d.code} data-severity={d.severity} onClick={onFocus} title="Show on the canvas">
      {body}
    </button>
  ) : (
    <div className="mc-problem" data-testid="problem-item" data-code={d.code} data-severity={d.severity}>
      {body}
    </div>
  );
}
