// Cases of the OCaml check for migrations (issue 11): every example design of an older release migrated to
// the latest release and back to its own, every latest example migrated down to 4.8.2, and the 4.5 config.ml
// fixture migrated to 4.11.1 and 4.8.2 — each exported and compiled against the release it ends at.
// A migration whose result the validator rejects becomes a failed case (its report as the error).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../src/core/design/schema';
import { importConfigMl } from '../src/core/import';
import { testParser } from '../src/core/import/testing/nodeParser';
import { migrateDesign } from '../src/core/migrate/migrate';
import { LATEST_VERSION, type MirageVersion } from '../src/core/reference/types';
import { type ExampleDesign, type Exported, exportCase } from './ocaml-check-cases';

type ExportFn = (d: Design) => { path: string; contents: string }[];

function toCase(exportProject: ExportFn, start: Design, to: MirageVersion, name: string, origin: string): Exported {
  const r = migrateDesign(start, to);
  const where = `${origin} migrated ${start.mirage} → ${to}`;
  if (!r.ok) {
    const why = [...r.entries.filter((e) => e.kind === 'blocker').map((e) => e.text), ...r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)];
    return { config: { name, source: '', origin: where, expect: 'ok', design: r.design }, error: `migration result has errors: ${why.join('; ')}` };
  }
  return exportCase(exportProject, r.design, name, where);
}

/** The migration cases for `versions` (cases ending at another release are left out). */
export async function migrationCases(examples: readonly ExampleDesign[], exportProject: ExportFn, versions: readonly MirageVersion[]): Promise<Exported[]> {
  const starts: { design: Design; to: MirageVersion; name: string; origin: string }[] = [];
  for (const ex of examples) {
    const id = ex.file.replace(/\.json$/, '');
    const d = ex.design;
    if (d.mirage !== LATEST_VERSION) {
      starts.push({ design: d, to: LATEST_VERSION, name: `migrated_${id}_up`, origin: `public/examples/${ex.file}` });
      starts.push({ design: migrateDesign(d, LATEST_VERSION).design, to: d.mirage, name: `migrated_${id}_back`, origin: `public/examples/${ex.file} (via ${LATEST_VERSION})` });
    } else {
      starts.push({ design: d, to: '4.8.2', name: `migrated_${id}_down`, origin: `public/examples/${ex.file}` });
    }
  }
  const fixture = join('src', 'core', 'migrate', 'fixtures', 'fetch-4.5.config.ml');
  const imported = importConfigMl(readFileSync(fixture, 'utf8'), await testParser());
  if (imported.ok) for (const to of [LATEST_VERSION, '4.8.2'] as const) starts.push({ design: imported.design, to, name: `migrated_fetch_45_${to.replace(/\./g, '_')}`, origin: fixture });
  return starts.filter((x) => versions.includes(x.to)).map((x) => toCase(exportProject, x.design, x.to, x.name, x.origin));
}
