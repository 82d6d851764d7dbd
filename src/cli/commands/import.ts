import { Command } from 'commander';
import { dirname, join, relative, resolve } from 'node:path';
import { SIDECAR_FILE } from '../../core/codegen/metadata';
import { serializeDesign } from '../../core/design/load';
import { importConfigMl } from '../../core/import';
import { decodeConfigBytes } from '../../core/import/text';
import { LIMITS } from '../../core/limits';
import { MIRAGE_VERSIONS } from '../../core/reference/types';
import { RELEASES_TEXT } from '../../core/reference/versions';
import { kindOf, readBytes, readTextFile } from '../designFile';
import { CliError, type CommandFactory } from '../env';
import { countLine, formatDiagnostic } from '../format';
import { lkind, writeInside } from '../safeWrite';
import { loadOcamlParserNode } from '../treeSitterNode';

interface ImportOptions {
  out: string;
  force?: boolean;
  mirageVersion?: string;
  sidecar?: string;
}

/**
 * `import <config.ml> --out design.json [--force] [--mirage-version V] [--sidecar F]`: reads a config.ml into a
 * design (the file itself is kept in it, so `export` changes only what the design changes). Composer data
 * (positions, target…) comes from `config.composer.json` next to config.ml when there is one. Prints what was
 * kept as OCaml code and every diagnostic with line:col; a syntax error or a byte that is not UTF-8 exits 1
 * and writes nothing.
 */
export const importCommand: CommandFactory = (env) =>
  new Command('import')
    .description('Read a config.ml into a design file (what cannot be modelled is kept as OCaml code)')
    .argument('<config.ml>', 'the config.ml to read')
    .requiredOption('-o, --out <design.json>', 'design file to write (`-` for standard output)')
    .option('-f, --force', 'overwrite the design file if it exists')
    .option('--mirage-version <version>', `release to read a config.ml without a \`(* mirage >= … *)\` header as (default: the newest release whose checks accept it; ${RELEASES_TEXT})`)
    .option('--sidecar <file>', `composer data to read (default: ${SIDECAR_FILE} next to config.ml, when present)`)
    .action(async (file: string, opts: ImportOptions) => {
      const fallback = opts.mirageVersion === undefined ? undefined : MIRAGE_VERSIONS.find((v) => v === opts.mirageVersion);
      if (opts.mirageVersion !== undefined && !fallback) {
        throw new CliError(`unknown Mirage version ${opts.mirageVersion} (known: ${RELEASES_TEXT})`, 2);
      }
      const toStdout = opts.out === '-';
      const target = resolve(env.cwd, opts.out);
      if (!toStdout && !opts.force && (await kindOf(target)) !== 'none') {
        throw new CliError(`${opts.out} already exists (use --force to overwrite)`);
      }
      if (!toStdout && (await lkind(target)) === 'link') throw new CliError(`refusing to overwrite ${opts.out}: it is a symbolic link`);
      const decoded = decodeConfigBytes(await readBytes(env, file, LIMITS.configMlBytes));
      if (!decoded.ok) {
        env.stderr(`${formatDiagnostic(file, decoded.diagnostic)}\n`);
        throw new CliError(`${file}: not imported (it is not UTF-8 text)`);
      }
      const source = decoded.text;
      const sidecarPath = opts.sidecar ?? join(dirname(file), SIDECAR_FILE);
      const sidecar = opts.sidecar !== undefined || (await kindOf(resolve(env.cwd, sidecarPath))) === 'file' ? await readTextFile(env, sidecarPath) : undefined;
      const parser = await loadOcamlParserNode();
      const r = importConfigMl(source, parser, { ...(fallback ? { fallbackVersion: fallback } : {}), ...(sidecar !== undefined ? { sidecar } : {}) });
      if (!r.ok) {
        for (const d of r.diagnostics) env.stderr(`${formatDiagnostic(file, d)}\n`);
        throw new CliError(`${file}: not imported (${countLine(r.diagnostics)})`);
      }
      for (const k of r.kept) env.stderr(`${file}:${k.line}: kept as OCaml code: ${k.name} (${k.reason})\n`);
      for (const d of r.diagnostics) if (d.code !== 'MC021') env.stderr(`${formatDiagnostic(file, d, r.design)}\n`);
      const json = serializeDesign(r.design);
      if (toStdout) {
        env.stdout(json);
        return;
      }
      // The design file goes where --out says; it is never written through a symbolic link.
      await writeInside(dirname(target), target, json, 0o644, opts.out);
      const shown = relative(env.cwd, target) || target;
      const kept = r.kept.length ? `, ${r.kept.length} kept as OCaml code` : '';
      const from = sidecar !== undefined ? `, composer data from ${sidecarPath}` : '';
      env.stdout(`wrote ${shown}: ${r.design.devices.length} devices, ${r.design.wires.length} wires${kept}${from} (${countLine(r.diagnostics)})\n`);
    });
