import { Command } from 'commander';
import { mkdir, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { type ExportFile, type MetadataPlace, exportProblem, exportProject, exportZip, projectFolder } from '../../core/codegen/export';
import { SIDECAR_FILE } from '../../core/codegen/metadata';
import { designDiagnostics } from '../../core/preserve/check';
import { firstProblemLine, kindOf, requireDesign } from '../designFile';
import { CliError, type CliEnv, type CommandFactory } from '../env';
import { formatDiagnostic } from '../format';
import { lkind, writeInside } from '../safeWrite';

interface ExportOptions {
  out: string;
  zip?: boolean;
  force?: boolean;
  metadata: string;
}

const PLACES: readonly MetadataPlace[] = ['sidecar', 'comment', 'none'];

/** `export <design.json> --out DIR [--zip] [--force] [--metadata W]`: writes config.ml, config.composer.json, unikernel.ml, build.sh, README.md. */
export const exportCommand: CommandFactory = (env) =>
  new Command('export')
    .description(`Export a design as a mirage project (config.ml, ${SIDECAR_FILE}, unikernel.ml, build.sh, README.md)`)
    .argument('<design.json>', 'design file to export')
    .requiredOption('-o, --out <dir>', 'directory to write the project into')
    .option('--zip', 'write one <name>.zip into the directory instead of loose files')
    .option('-f, --force', 'overwrite files in a non-empty directory (or an existing zip)')
    .option('--metadata <where>', `composer data (positions, target, runtime-argument docs): sidecar (${SIDECAR_FILE}), comment (last line of config.ml) or none`, 'sidecar')
    .action(async (file: string, opts: ExportOptions) => {
      const metadata = PLACES.find((p) => p === opts.metadata);
      if (!metadata) throw new CliError(`--metadata must be one of ${PLACES.join(', ')}; got ${opts.metadata}`);
      const { design, diagnostics } = await requireDesign(env, file);
      const all = [...diagnostics, ...designDiagnostics(design)];
      if (all.some((d) => d.severity === 'error')) {
        throw new CliError(`not exported: ${firstProblemLine(file, all, 'has errors')}`);
      }
      for (const d of all) env.stderr(`${formatDiagnostic(file, d, design)}\n`);
      const files = exportProject(design, { metadata });
      const tooLarge = exportProblem(files);
      if (tooLarge) throw new CliError(`not exported: ${formatDiagnostic(file, tooLarge)}`);
      const outDir = resolve(env.cwd, opts.out);
      if ((await lkind(outDir)) === 'link') throw new CliError(`${shown(env, outDir)} is a symbolic link; give the directory it points to`);
      const folder = projectFolder(design.name);
      if (opts.zip) {
        const zipPath = join(outDir, `${folder}.zip`);
        const kind = await lkind(zipPath);
        if (kind !== 'none' && !opts.force) throw new CliError(`${shown(env, zipPath)} already exists (use --force to overwrite)`);
        if (kind === 'dir') throw new CliError(`${shown(env, zipPath)} is a directory`);
        await mkdirOrFail(env, outDir);
        await writeInside(outDir, zipPath, exportZip(files, folder), 0o644, shown(env, zipPath));
        env.stdout(`wrote ${shown(env, zipPath)} (${files.length} files in ${folder}/)\n`);
        return;
      }
      await writeProject(env, outDir, files, !!opts.force);
      env.stdout(`wrote ${files.map((f) => f.path).join(', ')} to ${shown(env, outDir)}\n`);
    });

/** Writes the files under `outDir` (refusing a non-empty directory without `force`, and any path outside it). */
export async function writeProject(env: CliEnv, outDir: string, files: ExportFile[], force: boolean): Promise<void> {
  const kind = await kindOf(outDir);
  if (kind === 'file') throw new CliError(`${shown(env, outDir)} is a file, not a directory`);
  if (kind === 'dir' && !force && (await readdir(outDir)).length > 0) {
    throw new CliError(`${shown(env, outDir)} is not empty (use --force to overwrite)`);
  }
  await mkdirOrFail(env, outDir);
  for (const f of files) {
    const target = resolve(outDir, f.path);
    await writeInside(outDir, target, f.contents, f.executable ? 0o755 : 0o644, shown(env, target));
  }
}

async function mkdirOrFail(env: CliEnv, dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`cannot create ${shown(env, dir)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function shown(env: CliEnv, path: string): string {
  const rel = relative(env.cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
