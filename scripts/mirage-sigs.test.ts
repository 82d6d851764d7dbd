import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reference } from '../src/core/reference/api';
import { MIRAGE_VERSIONS, type MirageVersion } from '../src/core/reference/types';
import { SIG_ORDER, generateSigs, mirageMli } from './mirage-sigs';
import { compileSigs, ocamlc } from './ocaml-check-lib';
import { configFlags } from './ocaml-flags';

const SIGS = resolve(__dirname, '../ocaml/sigs');
const committed = (v: string, f: string) => readFileSync(join(SIGS, v, f), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'sigs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const compiled = new Set<string>();
/** Compiles `source` as a config.ml of release `v` (committed signatures, the release's flags). */
async function compileAt(v: MirageVersion, source: string): Promise<{ ok: boolean; output: string }> {
  const sigDir = join(tmp, `sigs-${v}`);
  if (!compiled.has(v)) {
    expect(compileSigs(SIG_ORDER.map((name) => ({ name, contents: committed(v, name) })), sigDir).ok).toBe(true);
    compiled.add(v);
  }
  writeFileSync(join(tmp, 'probe.ml'), `open Mirage\n${source}\n`);
  const r = await ocamlc(sigDir, configFlags(v))(tmp, ['probe.ml']);
  return { ok: r.status === 0, output: r.output };
}

describe('generated Mirage signatures', () => {
  it.each(MIRAGE_VERSIONS)('ocaml/sigs/%s is what `npm run gen:sigs` writes from the committed reference', (v) => {
    expect(readdirSync(join(SIGS, v)).filter((f) => f.endsWith('.mli')).sort()).toEqual([...SIG_ORDER].sort());
    for (const f of generateSigs(reference, v)) expect(committed(v, f.name), `${v}/${f.name} is stale: run npm run gen:sigs`).toBe(f.contents);
  });

  it.each(MIRAGE_VERSIONS)('%s declares every reference value with its exact signature (deprecated where mirage.mli says so)', (v) => {
    const mli = mirageMli(reference, v);
    for (const val of reference.values) {
      const sig = val.versions[v];
      const name = /^[a-z_]/.test(val.name) ? val.name : `( ${val.name} )`;
      if (sig) expect(mli).toContain(`\nval ${name} : ${sig.text}${val.deprecated[v] ? ' [@@ocaml.deprecated]' : ''}\n`);
      else expect(mli).not.toContain(`\nval ${name} : `);
    }
  });

  it('keeps the type equalities and per-version modules', () => {
    const latest = mirageMli(reference, '4.11.1');
    expect(latest).toContain('\ntype tcpv4v6 = v4v6 tcp\n');
    expect(latest).toContain('\ntype ipv4 = v4 ip\n');
    expect(latest).toContain("type 'a arg = 'a runtime_arg");
    expect(latest).toMatch(/\nmodule Runtime_arg : sig\n/);
    expect(latest).not.toContain('val default_time');
    expect(latest).toContain('val etif : network impl -> ethernet impl [@@ocaml.deprecated]');
    const old = mirageMli(reference, '4.0.0');
    expect(old).not.toMatch(/\nmodule Runtime_arg : sig\n/);
    expect(old).toContain('val default_time : time impl');
    expect(old).toContain('\ntype stackv4\n');
    expect(old).toContain("  val abstract : 'a key -> t [@@ocaml.deprecated]");
  });

  it.each(MIRAGE_VERSIONS)('%s compiles with ocamlc in dependency order', (v) => {
    const r = compileSigs(SIG_ORDER.map((name) => ({ name, contents: committed(v, name) })), join(tmp, `order-${v}`));
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  });
});

describe('library stubs are as strict as the real modules at each tag', () => {
  const stringKey = 'let k = Key.create "k" Key.Arg.(opt string "x" (info [ "k" ]))';
  it('Key.Arg has its own converters up to 4.4.2 and takes Cmdliner converters from 4.5.0', async () => {
    expect((await compileAt('4.0.0', stringKey)).ok).toBe(true);
    expect((await compileAt('4.4.2', stringKey)).ok).toBe(true);
    const r = await compileAt('4.5.0', stringKey);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('Unbound value string');
    expect((await compileAt('4.11.1', stringKey)).ok).toBe(false);
    expect((await compileAt('4.11.1', 'let k = Key.create "k" Key.Arg.(opt Cmdliner.Arg.string "x" (info [ "k" ]))')).ok).toBe(true);
  });

  it('follows key.mli era by era: Arg.pair from 4.1.0, ?stage up to 4.4.2, ?doc_envs from 4.10.2', async () => {
    const pair = 'let k = Key.create "k" Key.Arg.(opt (pair string int) ("a", 1) (info [ "k" ]))';
    expect((await compileAt('4.0.0', pair)).ok).toBe(false);
    expect((await compileAt('4.1.0', pair)).ok).toBe(true);
    const stage = 'let k = Key.create "k" Key.Arg.(opt ~stage:`Configure bool false (info [ "k" ]))';
    expect((await compileAt('4.4.2', stage)).ok).toBe(true);
    const envs = 'let i = Key.Arg.info ~doc_envs:[] [ "k" ]';
    expect((await compileAt('4.10.1', envs)).ok).toBe(false);
    expect((await compileAt('4.10.2', envs)).ok).toBe(true);
  });

  it('Runtime_arg.create takes ?name only at 4.5.0', async () => {
    const named = 'let a : int runtime_arg = Runtime_arg.create ~pos:__POS__ ~name:"n" "Unikernel.n"';
    expect((await compileAt('4.5.0', named)).ok).toBe(true);
    expect((await compileAt('4.5.1', named)).ok).toBe(false);
  });

  it('Ipaddr.t is the polymorphic variant pair of ipaddr 5', async () => {
    expect((await compileAt('4.11.1', 'let a : Ipaddr.t = Ipaddr.V4 Ipaddr.V4.localhost\nlet b : (Ipaddr.V4.t, Ipaddr.V6.t) Ipaddr.v4v6 = a')).ok).toBe(true);
  });

  it('deprecated values fail where warnings are errors (4.3.2–4.7.0) and pass elsewhere', async () => {
    const etif = 'let e = etif default_network';
    const r = await compileAt('4.6.0', etif);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/deprecated.*etif/);
    expect((await compileAt('4.5.1', etif)).ok).toBe(true);
    expect((await compileAt('4.8.0', etif)).ok).toBe(true);
  });
});
