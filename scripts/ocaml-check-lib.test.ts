import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Case, type Compile, caseFile, checkVersion, compileAll, compileSigs, failingFile, formatFailure, ocamlc } from './ocaml-check-lib';

/** A fake ocamlc: compiles files in order and stops at the first one in `bad`, naming it like ocamlc does. */
function fake(bad: Set<string>, named = true): { compile: Compile; runs: string[][] } {
  const runs: string[][] = [];
  const compile: Compile = (_dir, files) => {
    runs.push(files);
    const f = files.find((x) => bad.has(x));
    if (!f) return { status: 0, output: '' };
    return { status: 2, output: named ? `File "${f}", line 3, characters 1-4:\nError: Unbound value x` : 'Fatal error' };
  };
  return { compile, runs };
}

describe('compileAll', () => {
  it('names every failing file, recompiling only the files after each failure', () => {
    const { compile, runs } = fake(new Set(['b.ml', 'd.ml']));
    const failures = compileAll('.', ['a.ml', 'b.ml', 'c.ml', 'd.ml', 'e.ml'], compile);
    expect([...failures.keys()]).toEqual(['b.ml', 'd.ml']);
    expect(failures.get('b.ml')).toContain('Unbound value x');
    expect(runs).toEqual([['a.ml', 'b.ml', 'c.ml', 'd.ml', 'e.ml'], ['c.ml', 'd.ml', 'e.ml'], ['e.ml']]);
  });

  it('falls back to one file per run when the error names no file', () => {
    const { compile, runs } = fake(new Set(['c.ml']), false);
    expect([...compileAll('.', ['a.ml', 'b.ml', 'c.ml'], compile).keys()]).toEqual(['c.ml']);
    expect(runs.length).toBe(4);
  });

  it('compiles everything in one run when all is well', () => {
    const { compile, runs } = fake(new Set());
    expect(compileAll('.', ['a.ml', 'b.ml'], compile).size).toBe(0);
    expect(runs.length).toBe(1);
  });
});

describe('helpers', () => {
  it('reads the failing file from an ocamlc message', () => {
    expect(failingFile('File "c_x.ml", line 1, characters 0-3:\nError: …', ['c_x.ml'])).toBe('c_x.ml');
    expect(failingFile('File "/abs/dir/c_x.ml", line 1:', ['c_x.ml'])).toBe('c_x.ml');
    expect(failingFile('File "other.ml", line 1:', ['c_x.ml'])).toBeNull();
  });
  it('turns case names into valid, prefixed unit names', () => {
    expect(caseFile('example_https-client')).toBe('c_example_https_client.ml');
    expect(caseFile('Logs')).toBe('c_logs.ml');
  });
});

describe('checkVersion with ocamlc and the 4.11.1 signatures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocaml-check-'));
  const sigDir = join(dir, '_sigs');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const mk = (name: string, source: string, expect: Case['expect'] = 'ok'): Case => ({ version: '4.11.1', name, source, expect, origin: 'test' });
  const good = 'open Mirage\nlet stack = generic_stackv4v6 default_network\nlet main = main "Unikernel.Main" (stackv4v6 @-> job)\nlet () = register "ok" [ main $ stack ]\n';
  const mismatch = good.replace('(stackv4v6 @-> job)', '(tcpv4v6 @-> job)');

  it('passes good configs, fails wrong ones with the OCaml error, and requires bad samples to fail', () => {
    expect(compileSigs(resolve(__dirname, '../ocaml/sigs/4.11.1'), sigDir).ok).toBe(true);
    const outcomes = checkVersion(dir, [
      mk('good', good),
      mk('mismatch', mismatch),
      mk('removed', 'open Mirage\nlet t = default_time\n'),
      mk('bad_rejected', mismatch, 'fail'),
      mk('bad_accepted', good, 'fail'),
    ], ocamlc(sigDir));
    const by = new Map(outcomes.map((o) => [o.case.name, o]));
    expect(by.get('good')!.passed).toBe(true);
    expect(by.get('mismatch')!.passed).toBe(false);
    expect(by.get('mismatch')!.error).toMatch(/Error: This expression has type[\s\S]*stackv4v6/);
    expect(by.get('removed')!.error).toContain('Unbound value default_time');
    expect(by.get('bad_rejected')!.passed).toBe(true);
    expect(by.get('bad_accepted')!.passed).toBe(false);
    expect(formatFailure(by.get('mismatch')!)).toContain('   3 | let main = main "Unikernel.Main" (tcpv4v6 @-> job)');
  });
});
