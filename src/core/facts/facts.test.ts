import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { targetsAt } from '../reference/runtime';
import { instanceFlags } from './flags';
import { stackPlan } from './stack';
import { targetSupport } from './targets';

const names = (d: ReturnType<ReturnType<typeof design>['build']>, id: string, target?: string) =>
  instanceFlags(d, d.devices.find((x) => x.id === id)!, target).map((f) => f.name);

describe('facts: what Mirage does with a device at a release and target', () => {
  it('target support comes from the per-target facts', () => {
    const all = targetsAt('4.11.1');
    expect(targetSupport('direct_kv_ro', '4.11.1', 'hvt', all)).toMatchObject({ ok: true, note: expect.stringContaining('crunch') });
    expect(targetSupport('default_qubesdb', '4.11.1', 'xen', all).ok).toBe(true);
    expect(targetSupport('default_qubesdb', '4.11.1', 'unix', all).ok).toBe(false);
    expect(targetSupport('block_of_file', '4.11.1', 'muen', all).ok).toBe(false);
    expect(targetSupport('block_of_file', '4.11.1', 'hvt', all).ok).toBe(true);
    expect(targetSupport('block_of_xenstore_id', '4.5.1', 'hvt', targetsAt('4.5.1')).ok).toBe(false);
    expect(targetSupport('noop', '4.11.1', 'muen', all).ok).toBe(true);
    expect(targetSupport('socket_stackv4v6', '4.8.0', 'hvt', all).ok).toBe(false);
    expect(targetSupport('socket_stackv4v6', '4.8.0', 'macosx', all).ok).toBe(true);
    expect(targetSupport('direct_kv_rw', '4.11.1', 'hvt', all).ok).toBe(false);
    expect(targetSupport('resolver_unix_system', '4.11.1', 'xen', all).ok).toBe(false);
    expect(targetSupport('default_network', '4.11.1', 'xen', all).ok).toBe(true);
    expect(targetSupport('generic_kv_ro', '4.11.1', 'hvt', all).ok).toBe(true);
  });

  it('the stack build.sh configures: host sockets on unix, static elsewhere, with the DHCP switch of the release', () => {
    expect(stackPlan('generic_stackv4v6', '4.10.4', 'unix')).toEqual({ mode: 'socket', configureFlags: [], dhcpByDefault: false });
    expect(stackPlan('generic_stackv4v6', '4.10.5', 'unix')).toEqual({ mode: 'socket', configureFlags: ['--dhcp=false'], dhcpByDefault: true });
    expect(stackPlan('generic_stackv4v6', '4.11.1', 'unix')).toEqual({ mode: 'socket', configureFlags: ['--no-dhcp'], dhcpByDefault: true });
    expect(stackPlan('generic_stackv4v6', '4.11.1', 'hvt', 'service')).toEqual({ mode: 'static', configureFlags: ['--service-no-dhcp'], dhcpByDefault: true });
    expect(stackPlan('generic_stackv4v6', '4.11.1', 'qubes').mode).toBe('qubes');
  });

  it('flags per release, target and group, spelled as the release spells them', () => {
    const d = (v: '4.4.2' | '4.10.2' | '4.11.1', t = 'unix') =>
      design(v, t).add('net', 'netif', { arg1: 'eth0' }).add('stack', 'generic_stackv4v6', { group: 'service' }).wire('net', 'stack').build();
    expect(names(d('4.11.1'), 'net')).toEqual(['interface']);
    expect(names(d('4.11.1', 'hvt'), 'net')).toEqual([]);
    expect(names(d('4.4.2', 'hvt'), 'net')).toEqual(['interface']);
    expect(names(d('4.11.1', 'hvt'), 'stack')).toEqual(expect.arrayContaining(['service-ipv4', 'service-ipv4-gateway', 'service-no-dhcp']));
    expect(names(d('4.11.1'), 'stack')).not.toContain('service-ipv4-gateway');
    const dns = (v: '4.5.1' | '4.10.2' | '4.11.1') => design(v).add('dns', 'generic_dns_client', v === '4.5.1' ? {} : { group: 'g' }).build();
    expect(names(dns('4.10.2'), 'dns')).toEqual(['g-dns_servers', 'g-dns_timeout', 'g-dns_cache_size']);
    expect(names(dns('4.11.1'), 'dns')).toEqual(['g-dns-servers', 'g-dns-timeout', 'g-dns-cache-size']);
    expect(names(dns('4.5.1'), 'dns')).toEqual([]);
  });
});
