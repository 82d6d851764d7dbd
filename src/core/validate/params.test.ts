import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having, stackApp } from './testing';

const stackWith = (params: Parameters<ReturnType<typeof design>['add']>[2]) =>
  design().add('net', 'default_network').add('stack', 'generic_stackv4v6', params).wire('net', 'stack').build();

describe('parameter values (MC014)', () => {
  it('accepts well-formed addresses and prefixes', () => {
    expect(having(stackWith({ ipv4_network: '10.0.0.2/24', ipv4_gateway: '10.0.0.1', ipv6_network: 'fd00::2/64', ipv6_gateway: 'fe80::1' }), 'MC014')).toEqual([]);
  });

  it('rejects bad IPv4/IPv6 addresses and prefixes, naming the parameter', () => {
    const ds = having(stackWith({ ipv4_network: '10.0.0.2', ipv4_gateway: '10.0.0.256', ipv6_network: 'fd00::2/129', ipv6_gateway: '1:2:3' }), 'MC014');
    expect(ds.map((x) => x.param)).toEqual(['ipv4_network', 'ipv4_gateway', 'ipv6_network', 'ipv6_gateway']);
    expect(ds[0]!.message).toBe('~ipv4_network of `stack`: `10.0.0.2` is not an IPv4 prefix (address/length, like 10.0.0.2/24).');
  });

  it('checks ints, int64 and enum cases', () => {
    const d = design()
      .add('dns', 'generic_dns_client', { timeout: '5000000000', cache_size: 'lots' })
      .add('doc', 'docteur', { arg1: 'https://github.com/x/y', mode: '`Slow' })
      .add('doc2', 'docteur', { arg1: 'relativize://docs', mode: 'Fast' })
      .add('ccm', 'ccm_block', { nonce_len: 1.5 })
      .build();
    const ds = having(d, 'MC014');
    expect(ds.map((x) => `${x.instance}.${x.param}`)).toEqual(['dns.cache_size', 'doc.mode', 'ccm.nonce_len', 'ccm.arg1']);
    expect(ds[1]!.message).toContain('is not one of `Fast, `Light');
    const big = having(design().add('dns', 'generic_dns_client', { timeout: '99999999999999999999' }).build(), 'MC014');
    expect(big[0]!.message).toContain('is not an int64');
  });

  it('requires positional and labeled params, and non-empty names', () => {
    const d = design().add('files', 'crunch').add('disk', 'block_of_file', { arg1: '  ' }).add('fs', 'chamelon').build();
    const ds = having(d, 'MC014');
    expect(ds.map((x) => `${x.instance}.${x.param}`)).toEqual(['files.arg1', 'disk.arg1', 'fs.program_block_size']);
    expect(ds[0]!.message).toBe('`files` needs a value for argument 1 (string).');
    expect(ds[1]!.message).toContain('must not be empty');
  });

  it("main's module is a capitalised module path; its functor names Mirage typs", () => {
    const ok = stackApp().build();
    expect(having(ok, 'MC014')).toEqual([]);
    for (const bad of ['unikernel.Make', 'Unikernel.', 'Unikernel Make', '']) {
      const d = design().main('main', bad, []).register('main').build();
      expect(having(d, 'MC014').map((x) => x.param), bad).toEqual(['module']);
    }
    const f = design().main('main', 'Unikernel.Make', ['stackv4v6', 'flux']).register('main').build();
    expect(having(f, 'MC014')[0]!.message).toBe('its functor of `main`: `flux` is not a Mirage type (`typ`) in Mirage 4.11.1.');
  });

  it('log levels and match_impl targets', () => {
    expect(having(design().add('r', 'default_reporter', { level: 'Logs.Debug' }).build(), 'MC014')).toEqual([]);
    expect(having(design().add('r', 'default_reporter', { level: 'loud' }).build(), 'MC014')).toHaveLength(1);
    const m = design().add('pick', 'match_impl', { cases: ['unix', 'amiga'] }).build();
    expect(having(m, 'MC014')[0]!.message).toContain('`amiga` is not a target of Mirage 4.11.1');
  });

  it('raw OCaml is accepted unless empty', () => {
    expect(having(stackWith({ ipv4_network: { ocaml: 'Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24"' } }), 'MC014')).toEqual([]);
    expect(having(stackWith({ ipv4_network: { ocaml: ' ' } }), 'MC014')).toHaveLength(1);
  });
});

describe('runtime-argument references (MC017)', () => {
  it('a reference must name a design runtime argument', () => {
    const d = design('4.11.1')
      .runtimeArg({ name: 'port', type: 'int', default: '8080' })
      .add('tcp', 'tcpv4v6_of_stackv4v6')
      .add('http', 'paf_server', { port: { runtimeArg: 'port' } })
      .add('http2', 'paf_server', { port: { runtimeArg: 'prot' } })
      .build();
    const ds = having(d, 'MC017');
    expect(ds).toEqual([expect.objectContaining({ instance: 'http2', param: 'port' })]);
    expect(ds[0]!.message).toBe('~port of `http2`: `prot` is not a runtime argument of this design.');
  });

  it('a plain-value parameter cannot take a runtime argument', () => {
    const d = design('4.11.1').runtimeArg({ name: 'ns', type: 'string list' }).add('dns', 'generic_dns_client', { nameservers: { runtimeArg: 'ns' } }).build();
    expect(having(d, 'MC017')[0]!.message).toContain('takes a plain value in Mirage 4.11.1');
  });

  it("main's runtime_args list names design runtime arguments", () => {
    const d = design('4.11.1').runtimeArg({ name: 'hello', type: 'string' }).main('main', 'Unikernel', [], { runtime_args: ['hello', 'bye'] }).register('main').build();
    expect(having(d, 'MC017')).toEqual([expect.objectContaining({ instance: 'main', param: 'runtime_args' })]);
  });

  it('MC029: a runtime argument of another type than the parameter (issue 10 item 3, issue 9 item 10)', () => {
    for (const type of ['float', 'int list', 'string']) {
      const d = design('4.11.1').runtimeArg({ name: 'port', type, default: type === 'float' ? '8080.' : type === 'string' ? '"80"' : '[ 80 ]' }).add('http', 'paf_server', { port: { runtimeArg: 'port' } }).build();
      const ds = having(d, 'MC029');
      expect(ds, type).toEqual([expect.objectContaining({ severity: 'error', instance: 'http', param: 'port' })]);
      expect(ds[0]!.message).toContain(`needs a runtime argument of type \`int\`, but \`port\` is of type \`${type}\``);
    }
    const ok = design('4.11.1').runtimeArg({ name: 'port', type: '(int)', default: '8080' }).add('http', 'paf_server', { port: { runtimeArg: 'port' } }).build();
    expect(having(ok, 'MC029')).toEqual([]);
  });

  it('the float runtime argument with default 8080 of issue 9 is two errors, and the export says why instead of guessing', () => {
    const d = design('4.11.1').runtimeArg({ name: 'port', type: 'float', default: '8080' }).add('http', 'paf_server', { port: { runtimeArg: 'port' } }).build();
    expect(having(d, 'MC017')).toHaveLength(1);
    expect(having(d, 'MC029')).toHaveLength(1);
  });

  it('OCaml int literals in any base are ints (0x1F, 1_000)', () => {
    expect(having(design('4.11.1').add('http', 'paf_server', { port: '0x1F' }).build(), 'MC014')).toEqual([]);
    expect(having(design('4.11.1').add('http', 'paf_server', { port: '1_000' }).build(), 'MC014')).toEqual([]);
  });
});
