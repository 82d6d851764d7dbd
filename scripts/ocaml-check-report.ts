// Failure reports of the OCaml check: one block per failing job (case, releases, file, OCaml error,
// source), and failure classes (the same OCaml error across cases) so a generator bug shows once.
import { relative } from 'node:path';
import type { ConfigMeta } from './ocaml-check-config';
import { indent, numbered } from './ocaml-check-lib';
import type { JobOutcome } from './ocaml-check-run';
import type { UnikernelMeta } from './ocaml-check-unikernel';

export type AnyOutcome = { kind: 'config'; o: JobOutcome<ConfigMeta> } | { kind: 'unikernel'; o: JobOutcome<UnikernelMeta> };

const rel = (p: string | undefined) => (p ? relative(process.cwd(), p) : '');

/** The first OCaml error of a message with case-specific names generalised (`c_random_4_11_1_3` → `<case>`). */
export function errorClass(error: string): string {
  const lines = error.split('\n');
  const i = lines.findIndex((l) => /^Error/.test(l));
  const text = i < 0 ? (lines[0] ?? '') : [lines[i], ...lines.slice(i + 1).filter((l) => /^\s/.test(l) && !/^[\s^]*$/.test(l)).slice(0, 3)].join(' ');
  return text
    .replace(/\b[cC]_[a-z0-9_]+|\b[uU]_[a-z0-9_]+__/g, '<case>')
    .replace(/__\d+\b/g, '__N')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** The failure block of one job. */
export function formatOutcome(a: AnyOutcome): string {
  if (a.kind === 'config') {
    const { case: c, releases, outside } = a.o.job.meta;
    const head = outside
      ? `✗ config.ml ${c.name} must be REJECTED at ${releases.join(', ')} (the first release after its range), but OCaml accepts it (${c.origin})`
      : `✗ config.ml ${c.name} at ${releases.join(', ')} (${c.origin})${c.expect === 'fail' ? ': must be rejected' : ''}`;
    return [head, `    file: ${rel(a.o.file)}`, indent(a.o.error ?? ''), '  config.ml:', numbered(c.source)].join('\n');
  }
  const { case: c, releases, original, notes } = a.o.job.meta;
  const file = a.o.file ? (original.get(a.o.file.replace(/^.*\//, '')) ?? '') : '';
  const unit = c.units.find((u) => u.name === file);
  return [
    file === 'main.ml'
      ? `✗ unikernel ${c.name} at ${releases.join(', ')}: the main.ml Mirage writes does not compile with the exported units (${c.origin})`
      : `✗ unikernel ${c.name} at ${releases.join(', ')}: ${file || 'a unit'} does not compile (${c.origin})`,
    `    file: ${rel(a.o.file)}  (main.ml next to it)`,
    indent(a.o.error ?? ''),
    ...(notes.length ? [`  notes: ${notes.join('; ')}`] : []),
    ...(unit ? [`  ${unit.name}:`, numbered(unit.contents)] : c.units.map((u) => `  ${u.name}:\n${numbered(u.contents)}`)),
  ].join('\n');
}

/** Failure classes: error class → count and the cases/releases it hit (a few named). */
export function failureClasses(fails: readonly AnyOutcome[]): string[] {
  const classes = new Map<string, { n: number; cases: Set<string>; releases: Set<string> }>();
  for (const a of fails) {
    const key = `${a.kind === 'config' ? 'config.ml' : 'unikernel'}: ${errorClass(a.o.error ?? '')}`;
    const c = classes.get(key) ?? { n: 0, cases: new Set(), releases: new Set() };
    c.n++;
    c.cases.add(a.o.job.meta.case.name);
    for (const r of a.o.job.meta.releases) c.releases.add(r);
    classes.set(key, c);
  }
  return [...classes]
    .sort((x, y) => y[1].n - x[1].n)
    .map(([k, c]) => `  ${String(c.n).padStart(5)} × ${k}\n          releases ${[...c.releases].join(' ')}; e.g. ${[...c.cases].slice(0, 3).join(', ')}`);
}
