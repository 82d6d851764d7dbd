import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { design } from '../src/core/graph/builder';
import { reference } from '../src/core/reference/api';
import type { MirageVersion } from '../src/core/reference/types';
import { type ProjectCase, planUnikernels } from './ocaml-check-unikernel';
import { runGroup } from './ocaml-check-run';

const dir = mkdtempSync(join(tmpdir(), 'unikernel-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An encrypted store at 4.11: ccm_block's key and chamelon's block size are runtime arguments. */
const store = (functor: string[]) =>
  design('4.11.1')
    .runtimeArg({ name: 'aes_ccm_key', type: 'string' })
    .runtimeArg({ name: 'program_block_size', type: 'int', default: '16' })
    .add('disk', 'block_of_file', { arg1: 'storage' })
    .add('encrypted', 'ccm_block', { arg1: { runtimeArg: 'aes_ccm_key' } })
    .wire('disk', 'encrypted', 'arg2')
    .add('fs', 'chamelon', { program_block_size: { runtimeArg: 'program_block_size' } })
    .wire('encrypted', 'fs', 'arg1')
    .add('sleep', 'default_sleep')
    .main('main', 'Unikernel.Make', functor)
    .wire('fs', 'main', 'arg1')
    .register('main')
    .build();

const CONFIG = (range: string) => `(* mirage ${range} *)
open Mirage
let aes_ccm_key = Runtime_arg.create ~pos:__POS__ "Unikernel.aes_ccm_key"
let program_block_size = Runtime_arg.create ~pos:__POS__ "Unikernel.program_block_size"
`;
const TERMS = `open Cmdliner
let aes_ccm_key = Arg.(required & opt (some string) None & info [ "aes-ccm-key" ])
let program_block_size = Arg.(value & opt int 16 & info [ "program-block-size" ])
`;
const unikernel = (terms: string, functor: string, start = '_kv') => `${terms}\nmodule Make ${functor} = struct\n  let start ${start} = Lwt.return_unit\nend\n`;

async function check(name: string, text: string, functor = ['kv_rw'], range = '>= 4.11.0 & < 4.12.0', versions: MirageVersion[] = ['4.11.0', '4.11.1']) {
  const c: ProjectCase = { name, origin: 'test', design: store(functor), config: CONFIG(range), units: [{ name: 'unikernel.ml', contents: text }] };
  const groups = planUnikernels(reference, [c], versions);
  return (await Promise.all(groups.map((g) => runGroup(dir, g)))).flat();
}

describe('unikernel.ml + main.ml check', () => {
  it('passes a unikernel whose functor, module types and terms match the release', async () => {
    const out = await check('good', unikernel(TERMS, '(Kv : Mirage_kv.RW)'));
    expect(out.length).toBe(1);
    expect(out[0]!.job.meta.releases).toEqual(['4.11.0', '4.11.1']);
    expect(out[0]!.error).toBeUndefined();
    expect(out[0]!.passed).toBe(true);
  });

  it('fails a wrongly typed runtime-argument term (ccm_block needs a string term, not string option)', async () => {
    const [o] = await check('option_key', unikernel(TERMS.replace('required & opt (some string) None', 'value & opt (some string) None'), '(Kv : Mirage_kv.RW)'));
    expect(o!.passed).toBe(false);
    expect(o!.error).toMatch(/string option[\s\S]*string/);
    expect(o!.file).toMatch(/__main\.ml$/);
  });

  it('fails a wrong functor arity, both ways', async () => {
    const [more] = await check('arity_more', unikernel(TERMS, '(Kv : Mirage_kv.RW) (B : Mirage_block.S)'));
    expect(more!.passed).toBe(false);
    expect(more!.error).toMatch(/is a functor|cannot have any components|Error/);
    const [fewer] = await check('arity_fewer', unikernel(TERMS, '(Kv : Mirage_kv.RW)'), ['kv_rw', 'sleep']);
    expect(fewer!.passed).toBe(false);
    expect(fewer!.error).toMatch(/functor application is ill-typed|not a functor|cannot be applied/);
  });

  it('fails a module type that does not exist at the release (sleep is a plain module from 4.9.0)', async () => {
    const [bad] = await check('sleep_type', unikernel(TERMS, '(Kv : Mirage_kv.RW) (S : Mirage_sleep)', '_kv _sleep'), ['kv_rw', 'sleep']);
    expect(bad!.passed).toBe(false);
    expect(bad!.error).toContain('Unbound module type Mirage_sleep');
    const [good] = await check('sleep_sig_end', unikernel(TERMS, '(Kv : Mirage_kv.RW) (_ : sig end)', '_kv _sleep'), ['kv_rw', 'sleep']);
    expect(good!.error).toBeUndefined();
    const [rng] = await check('rng2', unikernel(TERMS, '(Kv : Mirage_kv.RW) (R : Mirage_crypto_rng_mirage2.S)'));
    expect(rng!.error).toContain('Unbound module Mirage_crypto_rng_mirage2');
  });

  it('fails a module type of another typ, but accepts one the real library includes (Mirage_kv.RW ⊇ RO)', async () => {
    const [block] = await check('kv_as_block', unikernel(TERMS, '(B : Mirage_block.S)'));
    expect(block!.passed).toBe(false);
    expect(block!.error).toContain('composer_stub__Mirage_block_S');
    const [ro] = await check('rw_as_ro', unikernel(TERMS, '(Kv : Mirage_kv.RO)'));
    expect(ro!.error).toBeUndefined();
  });

  it('compiles once per distinct stub set and main.ml over the header range', async () => {
    const out = await check('wide', unikernel(TERMS, '(Kv : Mirage_kv.RW)'), ['kv_rw'], '>= 4.9.0 & < 4.12.0', ['4.9.0', '4.10.0', '4.10.6', '4.11.0', '4.11.1']);
    expect(out.flatMap((o) => o.job.meta.releases).sort()).toEqual(['4.10.0', '4.10.6', '4.11.0', '4.11.1', '4.9.0']);
    expect(out.length).toBeLessThan(5);
    for (const o of out) expect(o.error).toBeUndefined();
  });

  it('passes start the unit of Job.noop first for a non-functor main from 4.9.0, and nothing before', async () => {
    const d = design('4.9.0').main('main', 'Unikernel.Main', []).register('main').build();
    const run = async (v: MirageVersion, text: string) => {
      const c: ProjectCase = { name: `noop_${v}_${text.length}`, origin: 'test', design: { ...d, mirage: v }, config: `(* mirage >= ${v} & < 4.12.0 *)\n`, units: [{ name: 'unikernel.ml', contents: text }] };
      return (await runGroup(dir, planUnikernels(reference, [c], [v])[0]!))[0]!;
    };
    const withUnit = 'module Main = struct\n  let start () = Lwt.return_unit\nend\n';
    const without = 'module Main = struct\n  let start = Lwt.return_unit\nend\n';
    expect((await run('4.9.0', withUnit)).error).toBeUndefined();
    expect((await run('4.9.0', without)).passed).toBe(false);
    expect((await run('4.8.2', without)).error).toBeUndefined();
    expect((await run('4.8.2', withUnit)).passed).toBe(false);
  });
});
