import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { printConfigMl } from '../codegen/config';
import { validateDesign } from './index';
import { validUnikernelName } from './names';
import { having } from './testing';

describe('binding names', () => {
  it('MC006: two devices with the same binding name', () => {
    const d = design().add('a', 'default_network').add('b', 'default_network').build();
    d.devices[1]!.name = 'a';
    expect(having(d, 'MC006')).toEqual([expect.objectContaining({ instance: 'b', severity: 'error' })]);
  });

  it('MC007: keywords, capitals, odd characters and empty names', () => {
    const d = design().add('ok_1', 'noop').add('let', 'noop').add('Net', 'noop').add('my-net', 'noop').add('_', 'noop').add('e', 'noop').build();
    d.devices[5]!.name = '';
    const ds = having(d, 'MC007');
    expect(ds.map((x) => x.instance)).toEqual(['let', 'Net', 'my-net', '_', 'e']);
    expect(ds[0]!.message).toContain('OCaml keyword');
    expect(ds[1]!.message).toContain('capital');
    expect(ds[4]!.message).toContain('no binding name');
  });

  it('register needs no binding name', () => {
    const d = design().main('main', 'Unikernel', []).register('main').build();
    d.devices[1]!.name = '';
    expect(having(d, 'MC007')).toEqual([]);
  });

  it('no diagnostic for names codegen keeps as they are: devices named like typs, a main bound `main` beside another main', () => {
    const d = design()
      .add('net', 'default_network')
      .add('stackv4v6', 'generic_stackv4v6')
      .wire('net', 'stackv4v6')
      .add('tcp', 'tcpv4v6_of_stackv4v6')
      .wire('stackv4v6', 'tcp')
      .add('http_server', 'paf_server', { port: 8080 })
      .wire('tcp', 'http_server')
      .main('main', 'Unikernel.Make', ['http_server'])
      .wire('http_server', 'main')
      .main('other', 'Unikernel.Other', ['stackv4v6'])
      .wire('stackv4v6', 'other')
      .register(['main', 'other'])
      .build();
    expect(validateDesign(d).filter((x) => x.instance !== undefined && ['MC006', 'MC007'].includes(x.code))).toEqual([]);
    expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
    const text = printConfigMl(d).text;
    for (const n of ['http_server', 'stackv4v6', 'main', 'other']) expect(text).toMatch(new RegExp(`^let ${n}\\b`, 'm'));
    expect(text).not.toMatch(/^let \w+_1\b/m);
  });
});


describe('the unikernel name (issue 9, item 2)', () => {
  it('refuses names that could name a file outside the output folder', () => {
    for (const name of ['../../../victim', '/abs/path', 'a/b', 'a\\b', 'C:\\x', '..', 'tab\there', '', '   ']) {
      expect(validUnikernelName(name).ok, JSON.stringify(name)).toBe(false);
      expect(having(design('4.11.1', 'unix', name).register([]).build(), 'MC026'), JSON.stringify(name)).toHaveLength(1);
    }
    for (const name of ['hello', 'my-server', 'web_1']) expect(validUnikernelName(name).ok).toBe(true);
  });
});

describe('the unikernel name as Mirage uses it', () => {
  it('refuses characters Mirage drops from the package name, accepts letters, digits, _ - .', () => {
    expect(validUnikernelName('my web!')).toEqual({ ok: false, why: expect.stringContaining('a space, `!`') });
    for (const ok of ['hello', 'my-server', 'web_1', 'v2.0']) expect(validUnikernelName(ok), ok).toEqual({ ok: true });
    for (const bad of ['-x', '.hidden', '', '../up', 'a/b']) expect(validUnikernelName(bad).ok, bad).toBe(false);
  });

  it('MC040: a network name the solo5 manifest cannot hold', () => {
    const d = (name: string, t: string) => design('4.11.1', t).add('n', 'netif', { arg1: name }).main('main', 'Unikernel.Make', ['network']).wire('n', 'main').register('main').build();
    expect(validateDesign(d('eth-1', 'hvt')).filter((x) => x.code === 'MC040')).toHaveLength(1);
    expect(validateDesign(d('eth-1', 'unix')).filter((x) => x.code === 'MC040')).toEqual([]);
    expect(validateDesign(d('eth1', 'hvt')).filter((x) => x.code === 'MC040')).toEqual([]);
  });
});
