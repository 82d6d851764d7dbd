import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './main';

/** The repository root (for test fixtures such as public/examples). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Absolute path of an example design. */
export const examplePath = (id: string) => join(REPO_ROOT, 'public', 'examples', `${id}.json`);

/** Captured result of one in-process CLI run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with `cwd`, capturing stdout and stderr. */
export async function run(argv: string[], cwd: string): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

/** A fresh temporary directory and a function that removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mc-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
