import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Design } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import { LIMITS, showBytes } from '../limits';
import { printBuildSh } from './build';
import { printConfigMl } from './config';
import { SIDECAR_FILE, designMetadata, metadataLine, sidecarText } from './metadata';
import { launchCommand as launch } from './launch';
import { commentSafe } from './ocaml-literals';
import { prepareDesign } from './prepare';
import { printReadme } from './readme';
import { unikernelFiles } from './unikernel';

/** One file of an exported project. */
export interface ExportFile {
  path: string;
  contents: string;
  executable?: boolean;
}

function safely(what: string, f: () => string): string {
  try {
    return f();
  } catch (e) {
    return `${what} could not be generated: ${e instanceof Error ? e.message : String(e)}\n`;
  }
}

function configFiles(design: Design, metadata: MetadataPlace): ExportFile[] {
  try {
    const printed = printConfigMl(design);
    // Runtime arguments made from literals (see prepare.ts) are the design's too, with their defaults.
    const meta = designMetadata(design, printed.names);
    if (metadata === 'comment') return [{ path: 'config.ml', contents: `${printed.text}\n${metadataLine(meta)}\n` }];
    return [{ path: 'config.ml', contents: printed.text }, ...(metadata === 'sidecar' ? [{ path: SIDECAR_FILE, contents: sidecarText(meta) }] : [])];
  } catch (e) {
    return [{ path: 'config.ml', contents: `(* config.ml could not be generated: ${commentSafe(e instanceof Error ? e.message : String(e))} *)\n` }];
  }
}

/** Where composer-only data (positions, target, runtime-argument docs) goes: the sidecar file (default), the old comment, or nowhere. */
export type MetadataPlace = 'sidecar' | 'comment' | 'none';

/**
 * The project files of a design: config.ml (printed into its source when it was read from one),
 * config.composer.json (positions and other composer data, unless `metadata` says otherwise), unikernel.ml
 * (and any other unit a main names), build.sh (executable) and README.md. Never throws: on a broken design it
 * prints what it can.
 */
export function exportProject(input: Design, options: { metadata?: MetadataPlace } = {}): ExportFile[] {
  // Prepared once here; each printer prepares again, which is then a no-op scan.
  let design = input;
  try {
    design = prepareDesign(input);
  } catch {
    /* each printer reports its own failure */
  }
  let units: { path: string; contents: string }[];
  try {
    units = unikernelFiles(design);
  } catch (e) {
    units = [{ path: 'unikernel.ml', contents: `(* unikernel.ml could not be generated: ${commentSafe(String(e))} *)\n` }];
  }
  // A unit whose file is another file of the project (a main module `Config` → config.ml; `check` says
  // MC027) is left out: the project never holds two files of one name, even on a case-insensitive disk.
  const taken = new Set(['config.ml', 'build.sh', 'readme.md']);
  units = units.filter((u) => {
    const key = u.path.toLowerCase();
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  return [
    ...configFiles(design, options.metadata ?? 'sidecar'),
    ...units,
    { path: 'build.sh', contents: safely('# build.sh', () => printBuildSh(design)), executable: true },
    { path: 'README.md', contents: safely('README.md', () => printReadme(design, units.map((u) => u.path))) },
  ];
}

/**
 * Why the exported project cannot be handed out (null when it can): a config.ml larger than import reads
 * back (`LIMITS.configMlBytes`), so what export writes, import always reads.
 */
export function exportProblem(files: readonly ExportFile[]): Diagnostic | null {
  const config = files.find((f) => f.path === 'config.ml');
  const bytes = config ? strToU8(config.contents).length : 0;
  if (bytes <= LIMITS.configMlBytes) return null;
  return diag('MC030', 'error', `config.ml would be ${showBytes(bytes)}, more than Mirage Composer reads back (${showBytes(LIMITS.configMlBytes)}).`, {
    hint: 'Split the design, or shorten long names and texts.',
  });
}

/** The launch command for the design's target (see `launch.ts`); never throws. */
export function launchCommand(design: Design): string {
  try {
    return launch(design);
  } catch {
    return '';
  }
}

const FIXED_MTIME = new Date('2024-01-01T00:00:00Z');

/**
 * A unikernel name as one safe path component (the zip's name and its folder): letters, digits, `_`, `-`
 * and single dots only, no leading dot, at most 80 characters; `unikernel` when nothing is left.
 */
export function projectFolder(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
  return base || 'unikernel';
}

/** A zip of the files (under `projectFolder(folder)/` when given), deterministic, build.sh marked executable. */
export function exportZip(files: readonly ExportFile[], folder?: string): Uint8Array {
  const prefix = folder ? `${projectFolder(folder)}/` : '';
  const tree: Zippable = {};
  for (const f of files) {
    const path = `${prefix}${f.path.replace(/^\/+/, '').replace(/\.\.+/g, '_')}`;
    tree[path] = [strToU8(f.contents), { os: 3, attrs: (f.executable ? 0o100755 : 0o100644) << 16, mtime: FIXED_MTIME }];
  }
  return zipSync(tree, { level: 6 });
}
