import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having, stackApp } from './testing';

describe('wire rules', () => {
  it('MC001: required ports must be wired; optional ones need not', () => {
    const d = design().add('stack', 'generic_stackv4v6').add('dns', 'generic_dns_client').wire('stack', 'dns', 'arg1').build();
    const ds = having(d, 'MC001');
    expect(ds.map((x) => `${x.instance}.${x.port}`)).toEqual(['stack.arg1', 'dns.arg2']);
    expect(ds[0]!.message).toBe('`stack` needs a `network` for argument 1; nothing is wired there.');
    expect(ds[1]!.message).toContain('`happy_eyeballs`');
  });

  it('MC001: every functor argument of main is required', () => {
    const d = design().main('main', 'Unikernel.Make', ['kv_ro', 'stackv4v6']).register('main').build();
    expect(having(d, 'MC001').map((x) => x.port)).toEqual(['arg1', 'arg2']);
  });

  it('MC004: a loaded wire whose types disagree', () => {
    const d = stackApp().add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').add('he', 'generic_happy_eyeballs').wire('tcp', 'he').build();
    const ds = having(d, 'MC004');
    expect(ds).toEqual([expect.objectContaining({ instance: 'he', port: 'arg1', wire: 'tcp->he.arg1' })]);
    expect(ds[0]!.message).toBe('`generic_happy_eyeballs` needs a `stackv4v6` here; `tcpv4v6_of_stackv4v6` gives a `tcpv4v6`.');
  });

  it('MC005: one diagnostic per cycle', () => {
    const d = design()
      .add('a', 'direct_udp')
      .add('b', 'direct_udp')
      .wire('a', 'b')
      .wire('b', 'a')
      .add('c', 'etif')
      .wire('c', 'c')
      .build();
    const ds = having(d, 'MC005');
    expect(ds.map((x) => x.instance)).toEqual(['a', 'c']);
    expect(ds[0]!.message).toContain('`a`, `b` depend on each other');
    expect(ds[1]!.message).toContain('`c` is wired into itself');
  });

  it('MC015: two wires into a one-wire port', () => {
    const d = stackApp().add('net2', 'default_network').wire('net2', 'stack', 'arg1').build();
    expect(having(d, 'MC015')).toEqual([expect.objectContaining({ instance: 'stack', port: 'arg1', wire: 'net2->stack.arg1' })]);
  });

  it('MC016: wires to or from instances that are not there', () => {
    const d = stackApp().wire('ghost', 'main', 'arg2').build();
    expect(having(d, 'MC016')).toEqual([expect.objectContaining({ wire: 'ghost->main.arg2' })]);
  });
});
