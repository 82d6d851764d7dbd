// The OCaml check's engine: run ocamlc on many files per process, name each file that fails, and
// compile stub interfaces. The compiler call is injectable for tests.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One interface file (`mirage.mli`) with its text. */
export interface SigFile {
  name: string;
  contents: string;
}

/** Runs the compiler on `files` (in order) inside `dir`: status 0 = all compiled. */
export type Compile = (dir: string, files: string[]) => Promise<{ status: number; output: string }>;

/** `ocamlc -c -stop-after typing <flags> -I <sigs> files…` in `dir` (.cmi files are written; no code is generated). */
export function ocamlc(sigDir: string, flags: readonly string[]): Compile {
  return (dir, files) =>
    new Promise((done) => {
      const p = spawn('ocamlc', ['-c', '-stop-after', 'typing', ...flags, '-I', sigDir, ...files], { cwd: dir });
      let output = '';
      p.stdout.on('data', (d: Buffer) => (output += d.toString()));
      p.stderr.on('data', (d: Buffer) => (output += d.toString()));
      p.on('error', (e) => done({ status: 1, output: output + String(e) }));
      p.on('close', (code) => done({ status: code ?? 1, output }));
    });
}

/** Runs `tasks` with at most `limit` of them at once, keeping the results in order. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return out;
}

/** The ocamlc version, or null when it is not installed. */
export function ocamlcVersion(): string | null {
  const r = spawnSync('ocamlc', ['-version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * The file of the first error in ocamlc's output (`File "c_x.ml", line 3…` followed by `Error…`), if it
 * is one of `files`. Warnings print `File …` blocks too; only a block with an error counts.
 */
export function failingFile(output: string, files: readonly string[]): string | null {
  const blocks = output.split(/^(?=File ")/m);
  for (const b of blocks) {
    const m = /^File "([^"]+)"/.exec(b);
    if (!m || !/^Error/m.test(b)) continue;
    const f = m[1]!.replace(/^.*\//, '');
    return files.includes(f) ? f : null;
  }
  return null;
}

/**
 * Compiles many files per run: ocamlc stops at the first error, which names its file; the files before
 * it compiled, the rest are compiled again. `groupOf` ties files that must compile together (a
 * unikernel.ml and its main.ml): after a failure the rest of that group is skipped. Returns the error
 * text per failing file.
 */
export async function compileAll(dir: string, files: readonly string[], compile: Compile, groupOf: (f: string) => string = (f) => f): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  const failedGroups = new Set<string>();
  let rest = [...files];
  while (rest.length > 0) {
    const r = await compile(dir, rest);
    if (r.status === 0) break;
    const bad = failingFile(r.output, rest);
    if (!bad) {
      // Cannot tell which file: compile each one alone.
      for (const f of rest) {
        if (failedGroups.has(groupOf(f))) continue;
        const one = await compile(dir, [f]);
        if (one.status !== 0) {
          failures.set(f, one.output.trim());
          failedGroups.add(groupOf(f));
        }
      }
      break;
    }
    failures.set(bad, r.output.trim());
    failedGroups.add(groupOf(bad));
    rest = rest.slice(rest.indexOf(bad) + 1).filter((f) => !failedGroups.has(groupOf(f)));
  }
  return failures;
}

/** Writes interface files to `sigDir` (emptied first) and compiles them in the given order. */
export function compileSigs(files: readonly SigFile[], sigDir: string): { ok: boolean; output: string } {
  rmSync(sigDir, { recursive: true, force: true });
  mkdirSync(sigDir, { recursive: true });
  for (const f of files) writeFileSync(join(sigDir, f.name), f.contents);
  const r = spawnSync('ocamlc', ['-c', ...files.map((f) => f.name)], { cwd: sigDir, encoding: 'utf8' });
  return { ok: r.status === 0 && files.length > 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** A short stable hash of interface files and flags: equal hashes compile alike. */
export function sigSetHash(files: readonly SigFile[], flags: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.name}\0${f.contents}\0`);
  h.update(flags.join(' '));
  return h.digest('hex').slice(0, 10);
}

/** A file name for a case: `c_` + lowercase letters, digits and `_` (a valid, non-clashing unit name). */
export function caseFile(name: string, prefix = 'c_'): string {
  return `${prefix}${name.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}.ml`;
}

/** `    text` for every line. */
export function indent(s: string, by = '    '): string {
  return s
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');
}

/** Source text with line numbers, for failure reports. */
export function numbered(source: string): string {
  return source
    .split('\n')
    .map((l, i) => `${String(i + 1).padStart(4)} | ${l}`)
    .join('\n');
}
