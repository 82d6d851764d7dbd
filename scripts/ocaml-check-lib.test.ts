import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIG_ORDER } from './mirage-sigs';
import { configFlags } from './ocaml-flags';
import { type Compile, caseFile, compileAll, failingFile, pool, sigSetHash } from './ocaml-check-lib';
import { errorClass } from './ocaml-check-report';
import { runGroup } from './ocaml-check-run';

/** A fake ocamlc: compiles files in order and stops at the first one in `bad`, naming it like ocamlc does. */
function fake(bad: Set<string>, named = true): { compile: Compile; runs: string[][] } {
  const runs: string[][] = [];
  const compile: Compile = async (_dir, files) => {
    runs.push(files);
    const f = files.find((x) => bad.has(x));
    if (!f) return { status: 0, output: '' };
    return { status: 2, output: named ? `File "${f}", line 3, characters 1-4:\nError: Unbound value x` : 'Fatal error' };
  };
  return { compile, runs };
}

describe('compileAll', () => {
  it('names every failing file, recompiling only the files after each failure', async () => {
    const { compile, runs } = fake(new Set(['b.ml', 'd.ml']));
    const failures = await compileAll('.', ['a.ml', 'b.ml', 'c.ml', 'd.ml', 'e.ml'], compile);
    expect([...failures.keys()]).toEqual(['b.ml', 'd.ml']);
    expect(failures.get('b.ml')).toContain('Unbound value x');
    expect(runs).toEqual([['a.ml', 'b.ml', 'c.ml', 'd.ml', 'e.ml'], ['c.ml', 'd.ml', 'e.ml'], ['e.ml']]);
  });

  it('skips the rest of a group once one of its files failed', async () => {
    const { compile, runs } = fake(new Set(['a_uni.ml', 'a_main.ml']));
    const group = (f: string) => f.split('_')[0]!;
    const failures = await compileAll('.', ['a_uni.ml', 'a_main.ml', 'b_uni.ml', 'b_main.ml'], compile, group);
    expect([...failures.keys()]).toEqual(['a_uni.ml']);
    expect(runs).toEqual([['a_uni.ml', 'a_main.ml', 'b_uni.ml', 'b_main.ml'], ['b_uni.ml', 'b_main.ml']]);
  });

  it('falls back to one file per run when the error names no file', async () => {
    const { compile, runs } = fake(new Set(['c.ml']), false);
    expect([...(await compileAll('.', ['a.ml', 'b.ml', 'c.ml'], compile)).keys()]).toEqual(['c.ml']);
    expect(runs.length).toBe(4);
  });

  it('compiles everything in one run when all is well', async () => {
    const { compile, runs } = fake(new Set());
    expect((await compileAll('.', ['a.ml', 'b.ml'], compile)).size).toBe(0);
    expect(runs.length).toBe(1);
  });
});

describe('helpers', () => {
  it('reads the failing file from the first error, not from a warning before it', () => {
    expect(failingFile('File "c_x.ml", line 1, characters 0-3:\nError: …', ['c_x.ml'])).toBe('c_x.ml');
    expect(failingFile('File "/abs/dir/c_x.ml", line 1:\nError: …', ['c_x.ml'])).toBe('c_x.ml');
    expect(failingFile('File "a.ml", line 2:\nWarning 26 [unused-var]: unused variable x.\nFile "b.ml", line 1:\nError: Unbound value y', ['a.ml', 'b.ml'])).toBe('b.ml');
    expect(failingFile('File "other.ml", line 1:\nError: …', ['c_x.ml'])).toBeNull();
  });
  it('turns case names into valid, prefixed unit names', () => {
    expect(caseFile('example_https-client')).toBe('c_example_https_client.ml');
    expect(caseFile('random_4.11.1_3', 'u_')).toBe('u_random_4_11_1_3.ml');
  });
  it('runs tasks at most `limit` at a time and keeps their order', async () => {
    let running = 0;
    let most = 0;
    const task = (i: number) => async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5 * (3 - (i % 3))));
      running--;
      return i;
    };
    expect(await pool([0, 1, 2, 3, 4].map(task), 2)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
  it('hashes interface sets and flags', () => {
    const a = [{ name: 'a.mli', contents: 'type t' }];
    expect(sigSetHash(a, [])).toBe(sigSetHash([{ ...a[0]! }], []));
    expect(sigSetHash(a, [])).not.toBe(sigSetHash(a, ['-w', '-a']));
    expect(sigSetHash(a, [])).not.toBe(sigSetHash([{ name: 'a.mli', contents: 'type u' }], []));
  });
});

describe('runGroup with ocamlc and the 4.11.1 signatures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocaml-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sigs = SIG_ORDER.map((name) => ({ name, contents: readFileSync(resolve(__dirname, '../ocaml/sigs/4.11.1', name), 'utf8') }));
  const good = 'open Mirage\nlet stack = generic_stackv4v6 default_network\nlet main = main "Unikernel.Main" (stackv4v6 @-> job)\nlet () = register "ok" [ main $ stack ]\n';
  const mismatch = good.replace('(stackv4v6 @-> job)', '(tcpv4v6 @-> job)');
  const job = (name: string, source: string, expect: 'ok' | 'fail' = 'ok') => ({ files: [{ name: caseFile(name), contents: source }], expect, meta: name });

  it('passes good configs, fails wrong ones with the OCaml error, and requires must-fail jobs to fail', async () => {
    const out = await runGroup(dir, {
      id: 'g',
      sigs,
      flags: configFlags('4.11.1'),
      jobs: [job('good', good), job('mismatch', mismatch), job('removed', 'open Mirage\nlet t = default_time\n'), job('bad_rejected', mismatch, 'fail'), job('bad_accepted', good, 'fail')],
    });
    const by = new Map(out.map((o) => [o.job.meta, o]));
    expect(by.get('good')!.passed).toBe(true);
    expect(by.get('mismatch')!.passed).toBe(false);
    expect(by.get('mismatch')!.error).toMatch(/Error: This expression has type[\s\S]*stackv4v6/);
    expect(by.get('mismatch')!.file).toBe(join(dir, 'g', 'c_mismatch.ml'));
    expect(by.get('removed')!.error).toContain('Unbound value default_time');
    expect(by.get('bad_rejected')!.passed).toBe(true);
    expect(by.get('bad_accepted')!.passed).toBe(false);
  });

  it('reports every job of a group whose stubs do not compile', async () => {
    const out = await runGroup(dir, { id: 'broken', sigs: [{ name: 'x.mli', contents: 'val x : nope' }], flags: [], jobs: [job('good', good)] });
    expect(out[0]!.passed).toBe(false);
    expect(out[0]!.error).toMatch(/stub interfaces do not compile[\s\S]*Unbound type constructor nope/);
  });
});

describe('failure classes', () => {
  it('generalise case names so one generator bug is one class', () => {
    const a = 'File "c_random_4_11_1_3.ml", line 2:\n2 | x\n    ^\nError: Unbound value c_random_4_11_1_3_x\n';
    const b = 'File "u_random_4_10_0_7_1__main.ml", line 9:\nError: This expression has type string option\n       but an expression was expected of type string\n';
    expect(errorClass(a)).toBe('Error: Unbound value <case>');
    expect(errorClass(b)).toBe('Error: This expression has type string option but an expression was expected of type string');
  });
});
