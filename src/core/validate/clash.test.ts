import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having, stackApp } from './testing';

describe('command-line clashes (MC012), from the facts of the release and target', () => {
  it('two stacks with the same settings share their flags (one argument in Mirage); different settings clash', () => {
    const same = stackApp('4.11.1', 'hvt').add('stack2', 'generic_stackv4v6').wire('net', 'stack2').build();
    expect(having(same, 'MC012')).toEqual([]);
    const other = stackApp('4.11.1', 'hvt').add('stack2', 'generic_stackv4v6', { ipv4_network: '10.0.1.2/24' }).wire('net', 'stack2').build();
    const ds = having(other, 'MC012');
    expect(ds).toEqual([expect.objectContaining({ instance: 'stack2', param: 'group', severity: 'error' })]);
    expect(ds[0]!.message).toBe('`stack` and `stack2` both register `--ipv4` with different settings (Mirage 4.11.1, target hvt): the unikernel would define the flag twice.');
    const grouped = stackApp('4.11.1', 'hvt').add('stack2', 'generic_stackv4v6', { group: 'management', ipv4_network: '10.0.1.2/24' }).wire('net', 'stack2').build();
    expect(having(grouped, 'MC012')).toEqual([]);
  });

  it('a stack and an IPv4 layer register --ipv4 with different definitions', () => {
    const d = stackApp('4.11.1', 'hvt').add('ip', 'create_ipv4').build();
    expect(having(d, 'MC012').map((x) => x.message)).toEqual([expect.stringContaining('`--ipv4`')]);
  });

  it('the layers of a direct stack share --ipv4-only / --ipv6-only and do not clash', () => {
    const d = design()
      .add('net', 'default_network')
      .add('eth', 'ethif')
      .add('arp', 'arp')
      .add('ip4', 'create_ipv4')
      .add('ip6', 'create_ipv6')
      .add('stack', 'direct_stackv4v6')
      .build();
    expect(having(d, 'MC012')).toEqual([]);
  });

  it('two interfaces clash off solo5 only; DNS clients with other name servers clash; kv stores share their configure key', () => {
    const d = (t: string) =>
      design('4.11.1', t)
        .add('n1', 'netif', { arg1: 'tap0' })
        .add('n2', 'netif', { arg1: 'tap1' })
        .add('d1', 'generic_dns_client')
        .add('d2', 'generic_dns_client', { nameservers: ['udp:1.1.1.1'] })
        .add('h1', 'generic_happy_eyeballs')
        .add('h2', 'generic_happy_eyeballs', { group: 'other', aaaa_timeout: '10' })
        .add('k1', 'generic_kv_ro', { arg1: 'a' })
        .add('k2', 'generic_kv_ro', { arg1: 'b' })
        .build();
    expect(having(d('unix'), 'MC012').map((x) => x.instance)).toEqual(['n2', 'd2']);
    expect(having(d('hvt'), 'MC012').map((x) => x.instance)).toEqual(['d2']);
  });

  it('two DNS clients at 4.5.1 register no flags (their arguments are the user\'s runtime arguments)', () => {
    const d = design('4.5.1').add('d1', 'generic_dns_client').add('d2', 'generic_dns_client').build();
    expect(having(d, 'MC012')).toEqual([]);
  });

  it('devices in branches that are never configured together do not clash', () => {
    const base = () =>
      design('4.11.1', 'unix')
        .add('n1', 'netif', { arg1: 'tap0' })
        .add('n2', 'netif', { arg1: 'tap1' })
        .add('pick', 'if_impl', { cond: 'Key.is_solo5' })
        .wire('n1', 'pick', 'then')
        .wire('n2', 'pick', 'else');
    expect(having(base().build(), 'MC012')).toEqual([]);
    const both = base().add('n3', 'netif', { arg1: 'tap2' }).build();
    expect(having(both, 'MC012').map((x) => x.instance)).toEqual(['n3', 'n3']);
    const m = design('4.11.1', 'unix')
      .add('n1', 'netif', { arg1: 'tap0' })
      .add('n2', 'netif', { arg1: 'tap1' })
      .add('n3', 'netif', { arg1: 'tap2' })
      .add('pick', 'match_impl', { cases: ['xen'] })
      .wire('n1', 'pick', 'case_xen')
      .wire('n2', 'pick', 'default')
      .build();
    expect(having(m, 'MC012').map((x) => x.instance)).toEqual(['n3']);
  });

  it('runtime arguments with the same name or flag, or a flag a device registers at that release', () => {
    const d = stackApp()
      .runtimeArg({ name: 'db_name', type: 'string' })
      .runtimeArg({ name: 'db_name', type: 'string' })
      .runtimeArg({ name: 'ipv4', type: 'string' })
      .build();
    expect(having(d, 'MC012').map((x) => x.message)).toEqual([
      'Two runtime arguments are named `db_name`.',
      'Runtime argument `ipv4` (`--ipv4`) clashes with the `--ipv4` that `stack` registers in Mirage 4.11.1.',
    ]);
    const dns = (v: '4.10.2' | '4.11.1') => design(v).add('dns', 'generic_dns_client').runtimeArg({ name: 'dns_servers', type: 'string' }).build();
    expect(having(dns('4.11.1'), 'MC012')).toHaveLength(1);
    expect(having(dns('4.10.2'), 'MC012')).toEqual([]);
  });

  it('runtime arguments clash on the flag the export writes (`start` becomes `--start-arg`)', () => {
    const d = stackApp().runtimeArg({ name: 'start', type: 'string' }).runtimeArg({ name: 'start_arg', type: 'string' }).build();
    expect(having(d, 'MC012').map((x) => x.message)).toEqual(['Runtime arguments `start` and `start_arg` both become `--start-arg`.']);
  });
});
