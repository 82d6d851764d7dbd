import type { MigrationEntry } from '../../core/migrate';

/** Inline code in `backticks` as <code>, the rest as text. */
function Text({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]*`)/g).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : part))}
    </>
  );
}

/** One group of the change list (changes, manual steps, blockers, notes), each line with its release. */
export function EntryList({ kind, title, entries }: { kind: MigrationEntry['kind']; title: string; entries: MigrationEntry[] }) {
  if (!entries.length) return null;
  return (
    <details open={kind !== 'note'} className={`mg-group mg-${kind}`} data-testid={`migrate-group-${kind}`}>
      <summary>
        {title} ({entries.length})
      </summary>
      <ul>
        {entries.map((e, i) => (
          <li key={i} data-testid="migrate-entry" data-kind={e.kind} data-release={e.release}>
            <span className="mg-release">{e.release}</span> <Text text={e.text} />
            {e.source && <span className="mg-source"> ({e.source})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
