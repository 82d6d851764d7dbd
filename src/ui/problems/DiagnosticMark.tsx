import { DIAGNOSTIC_CODES, type Diagnostic, type Severity } from '../../core/diagnostics';

const ICON: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

/** The start of a problem row, shared by the design's and config.ml's lists: severity icon and code (its meaning on hover). */
export function DiagnosticMark({ d }: { d: Diagnostic }) {
  return (
    <>
      <span className={`mc-sev mc-sev-${d.severity}`} role="img" aria-label={d.severity}>
        {ICON[d.severity]}
      </span>
      <code className="mc-code-id" title={DIAGNOSTIC_CODES[d.code]}>
        {d.code}
      </code>
    </>
  );
}
