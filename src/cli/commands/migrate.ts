import { Command } from 'commander';
import { resolve } from 'node:path';
import type { ExportFile } from '../../core/codegen/export';
import type { Design } from '../../core/design/schema';
import { loadDesign } from '../../core/design/load';
import { importConfigMl } from '../../core/import';
import { changeListText, migrationMarkdown, migrationPreview } from '../../core/migrate';
import { MIRAGE_VERSIONS, type MirageVersion } from '../../core/reference/types';
import { RELEASES_TEXT } from '../../core/reference/versions';
import { readTextFile } from '../designFile';
import { CliError, type CliEnv, type CommandFactory } from '../env';
import { countLine, formatDiagnostic } from '../format';
import { loadOcamlParserNode } from '../treeSitterNode';
import { shown, writeProject } from './export';

interface MigrateOptions {
  to: string;
  out?: string;
  dryRun?: boolean;
  from?: string;
  force?: boolean;
}

const release = (v: string | undefined, flag: string): MirageVersion | undefined => {
  if (v === undefined) return undefined;
  const hit = MIRAGE_VERSIONS.find((x) => x === v);
  if (!hit) throw new CliError(`${flag}: unknown Mirage version ${v} (known: ${RELEASES_TEXT})`, 2);
  return hit;
};

/** The design of INPUT: a design file, or a config.ml read through the importer (its release from the header or --from). */
async function readInput(env: CliEnv, file: string, from: MirageVersion | undefined): Promise<Design> {
  let text: string;
  try {
    text = await readTextFile(env, file);
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
  if (/\.json$/i.test(file)) {
    if (from) throw new CliError('--from applies to a config.ml only (a design file names its release)', 2);
    const r = loadDesign(text);
    if (!r.ok) {
      for (const d of r.diagnostics) env.stderr(`${formatDiagnostic(file, d)}\n`);
      throw new CliError(`${file}: not a valid design file`, 2);
    }
    return r.design;
  }
  const r = importConfigMl(text, await loadOcamlParserNode(), from ? { fallbackVersion: from } : {});
  if (!r.ok) {
    for (const d of r.diagnostics) env.stderr(`${formatDiagnostic(file, d)}\n`);
    throw new CliError(`${file}: not read (${countLine(r.diagnostics)})`, 2);
  }
  for (const k of r.kept) env.stderr(`${file}:${k.line}: kept as OCaml code, migrate it by hand: ${k.name} (${k.reason})\n`);
  return r.design;
}

/**
 * `migrate <INPUT> --to VERSION (--out DIR | --dry-run) [--from VERSION] [--force]`: migrates a design or a
 * config.ml release by release, prints the change list (or, with --dry-run, only the diff), writes the project
 * and MIGRATION.md; exit 1 when the result has errors or blockers, 2 on bad input.
 */
export const migrateCommand: CommandFactory = (env) =>
  new Command('migrate')
    .description('Migrate a design or a config.ml to another Mirage release (project + MIGRATION.md)')
    .argument('<input>', 'a design file (.json) or a config.ml')
    .requiredOption('--to <version>', `the release to migrate to (${RELEASES_TEXT})`)
    .option('-o, --out <dir>', 'directory to write the migrated project and MIGRATION.md into')
    .option('--dry-run', 'print the diff of config.ml and unikernel.ml only; write nothing')
    .option('--from <version>', 'release of a config.ml that has no `(* mirage >= … *)` header')
    .option('-f, --force', 'write into a non-empty directory')
    .action(async (file: string, opts: MigrateOptions) => {
      const to = release(opts.to, '--to')!;
      const from = release(opts.from, '--from');
      if (!opts.out && !opts.dryRun) throw new CliError('give --out DIR (or --dry-run to see the diff)', 2);
      const design = await readInput(env, file, from);
      const preview = migrationPreview(design, to);
      const r = preview.result;
      if (opts.dryRun) {
        const diff = preview.files.map((f) => f.unified).filter(Boolean).join('\n');
        env.stdout(diff || `No change to config.ml or unikernel.ml (Mirage ${r.from} → ${r.to}).\n`);
      } else {
        const files: ExportFile[] = [...preview.project, { path: 'MIGRATION.md', contents: migrationMarkdown(r, design.name) }];
        const outDir = resolve(env.cwd, opts.out!);
        await writeProject(env, outDir, files, !!opts.force);
        env.stdout(`Mirage ${r.from} → ${r.to}\n${changeListText(r)}`);
        env.stdout(`wrote ${files.map((f) => f.path).join(', ')} to ${shown(env, outDir)}\n`);
      }
      for (const d of r.diagnostics.filter((x) => x.severity === 'error')) env.stderr(`${formatDiagnostic(file, d, r.design)}\n`);
      if (!r.ok) {
        const blockers = r.entries.filter((e) => e.kind === 'blocker').length;
        env.stderr(`mirage-composer: the migrated design needs attention (${blockers} blocker${blockers === 1 ? '' : 's'}, ${countLine(r.diagnostics)})\n`);
        env.fail(1);
      }
    });
