import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reference } from '../src/core/reference/api';
import { MIRAGE_VERSIONS, type MirageVersion } from '../src/core/reference/types';
import { compileSigs } from './ocaml-check-lib';
import { parseModuleTypePath, unikernelSigs } from './unikernel-sigs';

const dir = mkdtempSync(join(tmpdir(), 'usigs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (v: MirageVersion, name: string) => unikernelSigs(reference, v).find((f) => f.name === name)?.contents;

describe('unikernel stubs from functor_param facts', () => {
  it.each(MIRAGE_VERSIONS)('%s compiles', (v) => {
    const r = compileSigs(unikernelSigs(reference, v), join(dir, v));
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  });

  it('declares a library only at the releases whose facts pull it in', () => {
    expect(file('4.6.1', 'mirage_random.mli')).toContain('module type S = sig val composer_stub__Mirage_random_S : unit end');
    expect(file('4.7.0', 'mirage_random.mli')).toBeUndefined();
    expect(file('4.8.0', 'mirage_crypto_rng_mirage.mli')).toContain('module type S');
    expect(file('4.9.0', 'mirage_crypto_rng_mirage.mli')).not.toContain('module type');
    expect(file('4.8.2', 'mirage_time.mli')).toContain('module type S');
    expect(file('4.9.0', 'mirage_time.mli')).toBeUndefined();
  });

  it('makes a job typ implemented by a plain module the module itself, and keeps with-type constraints', () => {
    const devices = file('4.11.1', 'composer_devices.mli')!;
    expect(devices).toContain('module Dev_sleep = Mirage_sleep');
    expect(devices).toContain('module Dev_tcpv4v6 : Tcpip.Tcp.S with type ipaddr = Ipaddr.t');
    expect(devices).toContain('module Dev_reporter : sig end');
    expect(file('4.11.1', 'tcpip.mli')).toContain('module type S = sig type ipaddr val composer_stub__Tcpip_Tcp_S : unit end');
    expect(file('4.11.1', 'mirage_kv.mli')).toContain('module type RW = sig include RO val composer_stub__Mirage_kv_RW : unit end');
  });

  it('parses module type paths with constraints', () => {
    expect(parseModuleTypePath('Tcpip.Ip.S with type ipaddr = Ipaddr.V4.t')).toEqual({ path: ['Tcpip', 'Ip', 'S'], types: ['ipaddr'] });
    expect(parseModuleTypePath('sig end')).toBeNull();
  });
});
