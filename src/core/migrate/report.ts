import type { MigrationResult } from './migrate';
import type { MigrationEntry } from './types';

const KIND_TITLE: Record<MigrationEntry['kind'], string> = {
  change: 'Changed for you',
  manual: 'To do by hand',
  blocker: 'Cannot be expressed',
  note: 'Worth knowing',
};

/** Entries of one kind, in the order the steps made them. */
export function entriesOf(r: MigrationResult, kind: MigrationEntry['kind']): MigrationEntry[] {
  return r.entries.filter((e) => e.kind === kind);
}

/** One line per entry for a terminal: `4.6.0  change   Reversed …`. */
export function changeListText(r: MigrationResult): string {
  if (r.from === r.to) return `Already at Mirage ${r.to}: nothing to migrate.\n`;
  const rows = r.entries.filter((e) => e.kind !== 'note').map((e) => `${e.release.padEnd(7)} ${e.kind.padEnd(7)} ${e.text}${e.source ? ` [${e.source}]` : ''}`);
  return `${rows.length ? rows.join('\n') : 'Nothing in this design changes.'}\n`;
}

/** MIGRATION.md: what was done, what is left to do (as a checklist), what cannot be expressed, the release notes. */
export function migrationMarkdown(r: MigrationResult, name: string): string {
  const out: string[] = [`# ${name || 'Unikernel'}: migration from Mirage ${r.from} to ${r.to}`, ''];
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  out.push(r.ok ? 'The migrated design has no errors.' : `The migrated design needs attention: ${entriesOf(r, 'blocker').length} part(s) cannot be expressed, ${errors.length} error(s) remain.`, '');
  for (const kind of ['blocker', 'manual', 'change', 'note'] as const) {
    const list = entriesOf(r, kind);
    if (!list.length) continue;
    out.push(`## ${KIND_TITLE[kind]}`, '');
    for (const e of list) out.push(`${kind === 'manual' ? '- [ ]' : '-'} **${e.release}** ${e.text}${e.source ? ` _(${e.source})_` : ''}`);
    out.push('');
  }
  if (errors.length) {
    out.push('## Problems in the result', '');
    for (const d of errors) out.push(`- ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
    out.push('');
  }
  if (r.from !== r.to && !r.entries.length) out.push('Nothing in this design changes between these releases.', '');
  return out.join('\n');
}
