import type { DiffRow } from '../../core/migrate';

/** Side-by-side diff: the file at the old release on the left, at the new one on the right. */
export function DiffView({ rows, from, to }: { rows: DiffRow[]; from: string; to: string }) {
  return (
    <div className="mg-diff" data-testid="migrate-diff" role="table" aria-label={`Mirage ${from} on the left, ${to} on the right`}>
      <div className="mg-row mg-hdr" role="row">
        <span role="columnheader">Mirage {from}</span>
        <span role="columnheader">Mirage {to}</span>
      </div>
      {rows.map((r, i) => (
        <div key={i} className={`mg-row mg-${r.kind}`} role="row">
          <span className="mg-cell mg-left" role="cell" data-testid="migrate-left">
            <i aria-hidden="true">{r.leftNo ?? ''}</i>
            {r.left ?? ''}
          </span>
          <span className="mg-cell mg-right" role="cell" data-testid="migrate-right">
            <i aria-hidden="true">{r.rightNo ?? ''}</i>
            {r.right ?? ''}
          </span>
        </div>
      ))}
    </div>
  );
}
