import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Design } from '../core/design/schema';
import { LIMITS, showBytes } from '../core/limits';
import { loadDesign } from '../core/design/load';
import type { Diagnostic } from '../core/diagnostics';
import { CliError, type CliEnv } from './env';
import { formatDiagnostic } from './format';

/**
 * Reads a file as UTF-8 text, refusing one larger than `maxBytes` before reading it; a missing or
 * unreadable file becomes one clear CliError line.
 */
export async function readTextFile(env: CliEnv, file: string, maxBytes: number = LIMITS.designFileBytes): Promise<string> {
  try {
    const size = (await stat(resolve(env.cwd, file))).size;
    if (size > maxBytes) throw new CliError(`cannot read ${file}: it is ${showBytes(size)}, more than the ${showBytes(maxBytes)} Mirage Composer reads`);
    return await readFile(resolve(env.cwd, file), 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}

/** The bytes of a file (refused when larger than `maxBytes`, before reading); errors as `readTextFile`'s. */
export async function readBytes(env: CliEnv, file: string, maxBytes: number = LIMITS.designFileBytes): Promise<Uint8Array> {
  try {
    const size = (await stat(resolve(env.cwd, file))).size;
    if (size > maxBytes) throw new CliError(`cannot read ${file}: it is ${showBytes(size)}, more than the ${showBytes(maxBytes)} Mirage Composer reads`);
    return new Uint8Array(await readFile(resolve(env.cwd, file)));
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}

/** What is at `path`: nothing, a file or a directory (a path that cannot be stat'ed counts as nothing). */
export async function kindOf(path: string): Promise<'none' | 'file' | 'dir'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}

export type DesignFile = { ok: true; design: Design; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Reads and loads a design file (JSON parse, migrations, schema); only I/O problems throw. */
export async function readDesignFile(env: CliEnv, file: string): Promise<DesignFile> {
  const text = await readTextFile(env, file);
  return loadDesign(text);
}

/** Like `readDesignFile`, but a design that cannot be loaded is one CliError line (first problem + count). */
export async function requireDesign(env: CliEnv, file: string): Promise<{ design: Design; diagnostics: Diagnostic[] }> {
  const r = await readDesignFile(env, file);
  if (r.ok) return r;
  throw new CliError(firstProblemLine(file, r.diagnostics, 'is not a valid design file'));
}

/** "FILE: <first error> (and N more)" — how a command that needs a valid design refuses one. */
export function firstProblemLine(file: string, diagnostics: readonly Diagnostic[], fallback: string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0] ?? diagnostics[0];
  if (!first) return `${file}: ${fallback}`;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run \`mirage-composer check ${file}\`)` : '';
  return `${formatDiagnostic(file, first)}${more}`;
}
