import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CliError } from './env';

/** True when `target` is `dir` itself or inside it (after resolving `..`), never a sibling or a parent. */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(resolve(dir), resolve(target));
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** What is at `path` without following a symbolic link: nothing, a file, a directory or a link. */
export async function lkind(path: string): Promise<'none' | 'file' | 'dir' | 'link'> {
  try {
    const s = await lstat(path);
    return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}

/**
 * Writes `data` to `path` inside `root` without ever following a symbolic link: the path must stay inside
 * `root`, no directory between them may be a link, and the file is opened with O_NOFOLLOW (an existing
 * link is refused, not written through) and O_CREAT; `mode` is set on the open file, never by path.
 * `shown` names the file in messages.
 */
export async function writeInside(root: string, path: string, data: string | Uint8Array, mode: number, shown: string): Promise<void> {
  if (!isInside(root, path)) throw new CliError(`refusing to write outside the output directory: ${shown}`);
  const dirs: string[] = [];
  for (let d = dirname(path); d !== resolve(root) && isInside(root, d); d = dirname(d)) dirs.unshift(d);
  for (const d of dirs) {
    const k = await lkind(d);
    if (k === 'link') throw new CliError(`refusing to write through the symbolic link ${shown}`);
    if (k === 'file') throw new CliError(`cannot write ${shown}: a file is in the way`);
    if (k === 'none') await mkdir(d).catch((e: NodeJS.ErrnoException) => fail(shown, e));
  }
  if ((await lkind(path)) === 'link') throw new CliError(`refusing to overwrite ${shown}: it is a symbolic link`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  const fh = await open(path, flags, mode).catch((e: NodeJS.ErrnoException) =>
    e.code === 'ELOOP' ? Promise.reject(new CliError(`refusing to overwrite ${shown}: it is a symbolic link`)) : fail(shown, e),
  );
  try {
    await fh.writeFile(data);
    await fh.chmod(mode);
  } catch (e) {
    fail(shown, e as NodeJS.ErrnoException);
  } finally {
    await fh.close();
  }
}

function fail(shown: string, e: NodeJS.ErrnoException): never {
  throw e instanceof CliError ? e : new CliError(`cannot write ${shown}: ${e.code ?? String(e)}`);
}
