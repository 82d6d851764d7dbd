import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { Design } from '../design/schema';
import { design } from '../graph/builder';
import { indexDesign } from '../graph/index';
import { type Connection, checkConnection, portTitle } from './connection';

const check = (d: Design, c: Connection) => checkConnection(indexDesign(d, catalogFor(d.mirage)), c);

const stackDesign = () =>
  design()
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .wire('stack', 'tcp')
    .add('he', 'generic_happy_eyeballs')
    .add('dns', 'generic_dns_client')
    .main('main', 'Unikernel.Make', ['stackv4v6', 'stackv4v6']);

describe('checkConnection', () => {
  it('accepts a fitting wire', () => {
    expect(check(stackDesign().build(), { from: 'stack', to: 'dns', port: 'arg1' })).toEqual({ ok: true });
    expect(check(stackDesign().build(), { from: 'he', to: 'dns', port: 'arg2' })).toEqual({ ok: true });
  });

  it('explains a type mismatch in Mirage words', () => {
    const v = check(stackDesign().build(), { from: 'tcp', to: 'dns', port: 'arg1' });
    expect(v).toEqual({
      ok: false,
      code: 'MC004',
      reason: '`generic_dns_client` needs a `stackv4v6` here; `tcpv4v6_of_stackv4v6` gives a `tcpv4v6`.',
    });
  });

  it('uses what is already inferred: a v4 udp does not fit a udpv4v6 argument', () => {
    const d = design().add('ip', 'create_ipv4').add('udp', 'direct_udp').wire('ip', 'udp').main('main', 'Unikernel.Make', ['udpv4v6']).build();
    const v = check(d, { from: 'udp', to: 'main', port: 'arg1' });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toBe('`main` needs a `udpv4v6` here; `direct_udp` gives a `v4 udp`.');
  });

  it('allows one wire per port', () => {
    const d = stackDesign().add('stack2', 'generic_stackv4v6').wire('stack', 'dns', 'arg1').build();
    const v = check(d, { from: 'stack2', to: 'dns', port: 'arg1' });
    expect(v.ok === false && v.code).toBe('MC015');
    if (!v.ok) expect(v.reason).toContain('argument 1 of `generic_dns_client` already has a wire');
    const again = check(d, { from: 'stack', to: 'dns', port: 'arg1' });
    expect(again.ok === false && again.reason).toBe('These two are already wired.');
  });

  it('a taken port that the type does not fit either: the type problem first, then that it is taken', () => {
    const d = stackDesign().wire('stack', 'dns', 'arg1').add('net2', 'default_network').build();
    const v = check(d, { from: 'net2', to: 'dns', port: 'arg1' });
    expect(v.ok === false && v.code).toBe('MC004');
    if (!v.ok) {
      expect(v.reason).toMatch(/^`generic_dns_client` needs a `stackv4v6` here; `default_network` gives a `network`\./);
      expect(v.reason).toContain('already has a wire');
    }
  });

  it('allows many wires on a many-port (register jobs)', () => {
    const d = design().main('a', 'A.Make', []).main('b', 'B.Make', []).register('a').build();
    expect(check(d, { from: 'b', to: 'register', port: 'jobs' })).toEqual({ ok: true });
  });

  it('refuses a cycle, including a wire into itself', () => {
    const d = stackDesign().build();
    const v = check(d, { from: 'tcp', to: 'stack', port: 'arg1' });
    expect(v.ok === false && v.code).toBe('MC005');
    if (!v.ok) expect(v.reason).toContain('`tcp` already depends on `stack`');
    const self = check(d, { from: 'he', to: 'he', port: 'arg1' });
    expect(self.ok === false && self.code).toBe('MC005');
  });

  it('names unknown ports, devices and sinks', () => {
    const d = stackDesign().register('main').build();
    const port = check(d, { from: 'stack', to: 'dns', port: 'arg9' });
    expect(port.ok === false && port.code).toBe('MC016');
    if (!port.ok) expect(port.reason).toBe('`generic_dns_client` has no argument `arg9`.');
    expect(check(d, { from: 'ghost', to: 'dns', port: 'arg1' })).toMatchObject({ ok: false, code: 'MC016' });
    const sink = check(d, { from: 'register', to: 'main', port: 'arg1' });
    expect(sink.ok === false && sink.reason).toContain('gives nothing to wire');
    const old = design('4.11.1').add('t', 'default_time').add('dns', 'generic_dns_client').build();
    const v = check(old, { from: 't', to: 'dns', port: 'arg1' });
    expect(v.ok === false && v.reason).toBe('`default_time` is not a device of Mirage 4.11.1.');
  });
});

describe('portTitle', () => {
  it('names labeled and positional ports as OCaml does', () => {
    expect(portTitle('tcp', 'tcp')).toBe('~tcp');
    expect(portTitle('arg2', null)).toBe('argument 2');
    expect(portTitle('jobs', null)).toBe('`jobs`');
  });
});
