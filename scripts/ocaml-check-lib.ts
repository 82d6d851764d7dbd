// The OCaml check's engine: compile config.ml cases against the generated Mirage signatures, many
// files per ocamlc run, naming each failing case. The compiler call is injectable for tests.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MirageVersion } from '../src/core/reference/types';
import { SIG_ORDER } from './mirage-sigs';

export interface Case {
  version: MirageVersion;
  /** Unique per version; becomes the file name (sanitised). */
  name: string;
  source: string;
  /** `fail` for the bad samples: the check passes when OCaml rejects them. */
  expect: 'ok' | 'fail';
  /** Where the case comes from (sample path, example file, random seed). */
  origin: string;
  /** The design it was exported from; written next to the .ml as .json for reproduction. */
  design?: unknown;
}

export interface Outcome {
  case: Case;
  passed: boolean;
  /** The compiler's message when the case compiled differently from what was expected. */
  error?: string;
}

/** Runs the compiler on `files` (in order) inside `dir`: status 0 = all compiled. */
export type Compile = (dir: string, files: string[]) => { status: number; output: string };

/** `ocamlc -c -I <sigs> files…` in `dir` (warnings off: only errors matter). */
export function ocamlc(sigDir: string): Compile {
  return (dir, files) => {
    const r = spawnSync('ocamlc', ['-c', '-w', '-a', '-I', sigDir, ...files], { cwd: dir, encoding: 'utf8' });
    return { status: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  };
}

/** The ocamlc version, or null when it is not installed. */
export function ocamlcVersion(): string | null {
  const r = spawnSync('ocamlc', ['-version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The file an ocamlc error names first (`File "c_x.ml", line 3…`), if it is one of `files`. */
export function failingFile(output: string, files: readonly string[]): string | null {
  const m = /File "([^"]+)"/.exec(output);
  const f = m ? m[1]!.replace(/^.*\//, '') : null;
  return f && files.includes(f) ? f : null;
}

/** A file name for a case: `c_` + lowercase letters, digits and `_` (a valid, non-clashing unit name). */
export function caseFile(name: string): string {
  return `c_${name.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}.ml`;
}

/**
 * Compiles many files per run: ocamlc stops at the first error, which names its file; the files
 * before it compiled, the rest are compiled again. Returns the error text per failing file.
 */
export function compileAll(dir: string, files: readonly string[], compile: Compile): Map<string, string> {
  const failures = new Map<string, string>();
  let rest = [...files];
  while (rest.length > 0) {
    const r = compile(dir, rest);
    if (r.status === 0) break;
    const bad = failingFile(r.output, rest);
    if (!bad) {
      // Cannot tell which file: compile each one alone.
      for (const f of rest) {
        const one = compile(dir, [f]);
        if (one.status !== 0) failures.set(f, one.output.trim());
      }
      break;
    }
    failures.set(bad, r.output.trim());
    rest = rest.slice(rest.indexOf(bad) + 1);
  }
  return failures;
}

/** Copies ocaml/sigs/<version>/*.mli to `sigDir` and compiles them in dependency order. */
export function compileSigs(srcDir: string, sigDir: string): { ok: boolean; output: string } {
  rmSync(sigDir, { recursive: true, force: true });
  mkdirSync(sigDir, { recursive: true });
  const present = new Set(readdirSync(srcDir));
  const files = SIG_ORDER.filter((f) => present.has(f));
  for (const f of files) copyFileSync(join(srcDir, f), join(sigDir, f));
  const r = spawnSync('ocamlc', ['-c', ...files], { cwd: sigDir, encoding: 'utf8' });
  return { ok: r.status === 0 && files.length === SIG_ORDER.length, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Writes the cases of one version under `dir` and checks them: `ok` cases in batches, `fail` cases one by one. */
export function checkVersion(dir: string, cases: readonly Case[], compile: Compile): Outcome[] {
  mkdirSync(dir, { recursive: true });
  const byFile = new Map<string, Case>();
  for (const c of cases) {
    const f = caseFile(c.name);
    if (byFile.has(f)) throw new Error(`two cases map to ${f} (${byFile.get(f)!.name}, ${c.name})`);
    byFile.set(f, c);
    writeFileSync(join(dir, f), c.source);
    if (c.design !== undefined) writeFileSync(join(dir, f.replace(/\.ml$/, '.json')), JSON.stringify(c.design, null, 2) + '\n');
  }
  const good = [...byFile].filter(([, c]) => c.expect === 'ok').map(([f]) => f);
  const failures = compileAll(dir, good, compile);
  const out: Outcome[] = [];
  for (const [f, c] of byFile) {
    if (c.expect === 'ok') {
      const error = failures.get(f);
      out.push(error === undefined ? { case: c, passed: true } : { case: c, passed: false, error });
    } else {
      const r = compile(dir, [f]);
      out.push(r.status !== 0 ? { case: c, passed: true } : { case: c, passed: false, error: 'OCaml accepted this config, but it must be rejected.' });
    }
  }
  return out;
}

/** The report of one failing case: name, origin, OCaml error and the numbered config text. */
export function formatFailure(o: Outcome): string {
  const lines = o.case.source.split('\n').map((l, i) => `${String(i + 1).padStart(4)} | ${l}`);
  return [`✗ ${o.case.version}/${o.case.name} (${o.case.origin})`, indent(o.error ?? ''), '  config.ml:', ...lines].join('\n');
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
