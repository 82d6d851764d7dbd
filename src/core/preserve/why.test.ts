import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import { exportProject } from '../codegen/export';
import { versionRange } from '../codegen/ir';
import type { Design } from '../design/schema';
import { importConfigMl } from '../import/import';
import { compareVersions } from '../reference/versions';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import { validateDesign } from '../validate/index';
import { headerProposal } from './header';
import { graphShape } from './testing';

/* The five cases of issue 8 ("Import that loses nothing"), as found with real config.ml files. */

const corpus = (f: string) => readFileSync(fileURLToPath(new URL(`./corpus/${f}`, import.meta.url)), 'utf8');

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

function read(text: string): Design {
  const r = importConfigMl(text, parser);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.design;
}
const named = (d: Design, n: string) => d.devices.find((x) => x.name === n)!;
const config = (d: Design) => exportProject(d).find((f) => f.path === 'config.ml')!.contents;

describe('issue 8: import never renames what the unikernel depends on', () => {
  it('a runtime argument keeps its "Unikernel.x" name and its binding keeps its own', () => {
    const text = corpus('aes_keys.ml');
    const d = read(text);
    // The design knows them as the unikernel does; config.ml binds them as `key` and `pbs`.
    expect(d.runtimeArgs.map((r) => r.name)).toEqual(['aes_ccm_key', 'program_block_size']);
    expect(named(d, 'encrypted').params.arg1).toEqual({ runtimeArg: 'aes_ccm_key' });
    // An edit elsewhere keeps both the strings and the bindings.
    named(d, 'disk').params.arg1 = 'other';
    const out = config(d);
    expect(out).toContain('Runtime_arg.create ~pos:__POS__ "Unikernel.aes_ccm_key"');
    expect(out).toContain('"Unikernel.program_block_size"');
    expect(out).toContain('let encrypted = ccm_block ~nonce_len:8 key disk');
    expect(out).toContain('~runtime_args:[ Runtime_arg.v key; Runtime_arg.v pbs ]');
    // The unikernel.ml skeleton reads them by those names.
    const uk = exportProject(d).find((f) => f.path === 'unikernel.ml')!.contents;
    expect(uk).toContain('aes_ccm_key');
    expect(uk).toContain('program_block_size');
  });
});

describe('issue 8: the header range the user wrote is kept', () => {
  it('`>= 4.5.0 & < 4.8.0` stays through import, edits and export', () => {
    const d = read(corpus('aes_keys.ml'));
    named(d, 'disk').params.arg1 = 'other';
    expect(config(d).split('\n')[0]).toBe('(* mirage >= 4.5.0 & < 4.8.0 *)');
    expect(validateDesign(d).filter((x) => x.code === 'MC031')).toEqual([]);
  });

  it('when the design leaves the range (another release chosen), the header follows and says so', () => {
    const d = read(corpus('aes_keys.ml'));
    d.mirage = '4.11.1';
    const printed = printConfigMl(d);
    // The releases the design is valid for, from the facts.
    const r = versionRange(d);
    expect(printed.text.split('\n')[0]).toBe(`(* mirage >= ${r.min} & < ${r.max} *)`);
    expect(compareVersions(r.min, '4.11.1') <= 0 && compareVersions(r.max, '4.11.1') > 0).toBe(true);
    expect(printed.notes).toEqual([expect.objectContaining({ code: 'MC031', severity: 'warning', message: expect.stringContaining('>= 4.5.0 & < 4.8.0') })]);
  });

  it('an edit valid for only part of the range: it says which releases refuse it and proposes the range (the file keeps the user’s)', () => {
    const d = read(corpus('aes_keys.ml'));
    expect(headerProposal(d)).toBeNull();
    // `ethif` is new in Mirage 4.6.0: 4.5.x refuse the design once it has one.
    d.devices.push({ id: 'net', device: 'default_network', name: 'net', params: {}, position: { x: 0, y: 0 } }, { id: 'eth', device: 'ethif', name: 'eth', params: {}, position: { x: 0, y: 0 } });
    d.wires.push({ id: 'net->eth.arg1', from: 'net', to: 'eth', port: 'arg1' });
    const printed = printConfigMl(d);
    expect(printed.text.split('\n')[0]).toBe('(* mirage >= 4.5.0 & < 4.8.0 *)');
    expect(printed.notes).toEqual([
      expect.objectContaining({ code: 'MC031', severity: 'warning', message: expect.stringContaining('Mirage 4.5.0, 4.5.1 refuse this design'), hint: 'Change the first line to (* mirage >= 4.6.0 & < 4.8.0 *).' }),
    ]);
    // Only refusal counts: releases where the design just means something else are the user’s call.
    expect(headerProposal(d, () => false)).toBeNull();
    expect(headerProposal(d, (r) => r === '4.5.0' || r === '4.6.1')).toMatchObject({ message: expect.stringContaining('Mirage 4.5.0, 4.6.1 refuse'), hint: 'Change the first line to (* mirage >= 4.7.0 & < 4.8.0 *).' });
  });
});

describe('issue 8: mirage-skeleton’s static_website_tls and tutorial/noop', () => {
  it('both configure keys are modelled with their groups (not kept as OCaml code)', () => {
    const r = importConfigMl(corpus('static_site_tls.ml'), parser);
    if (!r.ok) throw new Error('import');
    expect(r.kept).toEqual([]);
    expect(named(r.design, 'pages').params).toEqual({ key: { key: 'kv_ro', group: 'pages' }, arg1: 'htdocs' });
    expect(named(r.design, 'certs').params).toEqual({ key: { key: 'kv_ro', group: 'tls' }, arg1: 'certs' });
    // Export writes them back as written.
    expect(config(r.design)).toBe(corpus('static_site_tls.ml'));
  });

  it('`let () = Mirage.register "noop" []` is valid and exports as written', () => {
    const d = read(corpus('noop.ml'));
    expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
    expect(validateDesign(d).find((x) => x.code === 'MC002')?.severity).toBe('info');
    expect(config(d)).toBe(corpus('noop.ml'));
  });
});

describe('issue 8: comments and formatting survive, and no JSON is appended', () => {
  it('an untouched file comes back byte for byte, with the composer data beside it', () => {
    const text = corpus('static_site_tls.ml');
    const files = exportProject(read(text));
    expect(files.find((f) => f.path === 'config.ml')!.contents).toBe(text);
    expect(files.find((f) => f.path === 'config.ml')!.contents).not.toContain('mirage-composer');
    expect(files.map((f) => f.path)).toContain('config.composer.json');
  });
});

describe('issue 8: `Mirage.x` is Mirage’s x, never a binding of the same name', () => {
  it('`generic_stackv4v6 Mirage.default_network` next to `let default_network = netif "eth1"`', () => {
    const d = read(corpus('shadowing.ml'));
    const from = (to: string) => d.wires.filter((w) => w.to === named(d, to).id && w.port === 'arg1').map((w) => d.devices.find((x) => x.id === w.from)!);
    expect(from('outside').map((x) => x.device)).toEqual(['default_network']);
    expect(from('inside').map((x) => [x.device, x.params])).toEqual([['netif', { arg1: 'eth1' }]]);
  });

  it('`Mirage.package` next to a local `package` helper: main reads both', () => {
    const r = importConfigMl(corpus('shadowing.ml'), parser);
    if (!r.ok) throw new Error('import');
    expect(r.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(named(r.design, 'main').params.packages).toEqual([{ name: 'logs', min: '1.0' }, { name: 'fmt' }]);
  });

  it('a package added on the canvas is written `Mirage.package` where `package` is the file’s own', () => {
    const d = read(corpus('shadowing.ml'));
    named(d, 'main').params.packages = [{ name: 'logs', min: '1.0' }, { name: 'fmt' }, { name: 'cstruct' }];
    const out = config(d);
    expect(out).toContain('~packages:[ package "logs"; Mirage.package "fmt"; Mirage.package "cstruct" ]');
    expect(graphShape(read(out))).toEqual(graphShape(d));
  });
});
