import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import type { MirageVersion } from '../reference/types';
import { having } from './testing';

type B = ReturnType<typeof design>;
/** Wires the given instances into a `main` taking their typs, and registers it: only what register reaches is configured. */
const job = (b: B, parts: [id: string, typ: string][]) => {
  b.main('main', 'Unikernel.Make', parts.map(([, t]) => t));
  parts.forEach(([id], i) => b.wire(id, 'main', `arg${i + 1}`));
  return b.register('main').build();
};
const stacks = (v: MirageVersion, t: string, second: Record<string, string> = {}) =>
  job(design(v, t).add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('stack2', 'generic_stackv4v6', second).wire('net', 'stack2'), [
    ['stack', 'stackv4v6'],
    ['stack2', 'stackv4v6'],
  ]);

describe('command-line clashes (MC012), from the facts of the release and target', () => {
  it('two stacks with the same settings share their flags (one argument in Mirage); different settings clash', () => {
    expect(having(stacks('4.11.1', 'hvt'), 'MC012')).toEqual([]);
    const ds = having(stacks('4.11.1', 'hvt', { ipv4_network: '10.0.1.2/24' }), 'MC012');
    expect(ds).toEqual([expect.objectContaining({ instance: 'stack2', param: 'group', severity: 'error' })]);
    expect(ds[0]!.message).toBe('`stack` and `stack2` both register `--ipv4` with different settings (Mirage 4.11.1, target hvt): the unikernel would define the flag twice.');
    expect(having(stacks('4.11.1', 'hvt', { group: 'management', ipv4_network: '10.0.1.2/24' }), 'MC012')).toEqual([]);
    // On unix the composer builds socket stacks: --ipv4 comes from the socket stack's own default, the same for both.
    expect(having(stacks('4.11.1', 'unix', { ipv4_network: '10.0.1.2/24' }), 'MC012')).toEqual([]);
  });

  it('only what register reaches is configured: an unwired device registers nothing', () => {
    const d = design('4.11.1', 'unix').add('n1', 'netif', { arg1: 'tap0' }).add('n2', 'netif', { arg1: 'tap1' }).build();
    expect(having(d, 'MC012')).toEqual([]);
  });

  it('a static stack and an IPv4 layer register --ipv4 with different definitions', () => {
    const d = job(
      design('4.11.1', 'hvt')
        .add('net', 'default_network')
        .add('stack', 'generic_stackv4v6')
        .wire('net', 'stack')
        .add('eth', 'ethif')
        .wire('net', 'eth')
        .add('arp', 'arp')
        .wire('eth', 'arp')
        .add('ip', 'create_ipv4')
        .wire('eth', 'ip', 'arg1')
        .wire('arp', 'ip', 'arg2'),
      [
        ['stack', 'stackv4v6'],
        ['ip', 'ipv4'],
      ],
    );
    expect(having(d, 'MC012').map((x) => x.message)).toEqual([expect.stringContaining('`--ipv4`')]);
  });

  it('the layers of a direct stack share --ipv4-only / --ipv6-only and do not clash', () => {
    const d = job(
      design()
        .add('net', 'default_network')
        .add('eth', 'ethif')
        .wire('net', 'eth')
        .add('arp', 'arp')
        .wire('eth', 'arp')
        .add('ip4', 'create_ipv4')
        .wire('eth', 'ip4', 'arg1')
        .wire('arp', 'ip4', 'arg2')
        .add('ip6', 'create_ipv6')
        .wire('net', 'ip6', 'arg1')
        .wire('eth', 'ip6', 'arg2')
        .add('stack', 'direct_stackv4v6')
        .wire('net', 'stack', 'arg1')
        .wire('eth', 'stack', 'arg2')
        .wire('arp', 'stack', 'arg3')
        .wire('ip4', 'stack', 'arg4')
        .wire('ip6', 'stack', 'arg5'),
      [['stack', 'stackv4v6']],
    );
    expect(having(d, 'MC012')).toEqual([]);
  });

  it('two interfaces clash off solo5 only; DNS clients with other name servers clash; kv stores share their configure key', () => {
    const d = (t: string) =>
      job(
        design('4.11.1', t)
          .add('n1', 'netif', { arg1: 'tap0' })
          .add('n2', 'netif', { arg1: 'tap1' })
          .add('k1', 'generic_kv_ro', { arg1: 'a' })
          .add('k2', 'generic_kv_ro', { arg1: 'b' }),
        [
          ['n1', 'network'],
          ['n2', 'network'],
          ['k1', 'kv_ro'],
          ['k2', 'kv_ro'],
        ],
      );
    expect(having(d('unix'), 'MC012').map((x) => x.instance)).toEqual(['n2']);
    expect(having(d('hvt'), 'MC012')).toEqual([]);
    const dns = (v: MirageVersion, second: Record<string, string | string[]>) =>
      job(
        design(v, 'unix')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he')
          .add('d1', 'generic_dns_client')
          .wire('stack', 'd1', 'arg1')
          .wire('he', 'd1', 'arg2')
          .add('d2', 'generic_dns_client', second)
          .wire('stack', 'd2', 'arg1')
          .wire('he', 'd2', 'arg2'),
        [
          ['d1', 'dns_client'],
          ['d2', 'dns_client'],
        ],
      );
    expect(having(dns('4.11.1', { nameservers: ['udp:1.1.1.1'] }), 'MC012').map((x) => x.instance)).toEqual(['d2']);
    expect(having(dns('4.11.1', {}), 'MC012')).toEqual([]);
  });

  it('two DNS clients at 4.5.1 register no flags (their arguments are the user\'s runtime arguments)', () => {
    const d = job(
      design('4.5.1', 'unix').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('d1', 'generic_dns_client').wire('stack', 'd1').add('d2', 'generic_dns_client').wire('stack', 'd2'),
      [
        ['d1', 'dns_client'],
        ['d2', 'dns_client'],
      ],
    );
    expect(having(d, 'MC012')).toEqual([]);
  });

  it('devices in branches that are never configured together do not clash', () => {
    const ifs = (extra: boolean) => {
      const b = design('4.11.1', 'unix')
        .add('n1', 'netif', { arg1: 'tap0' })
        .add('n2', 'netif', { arg1: 'tap1' })
        .add('pick', 'if_impl', { cond: 'Key.is_solo5' })
        .wire('n1', 'pick', 'then')
        .wire('n2', 'pick', 'else');
      const parts: [string, string][] = [['pick', 'network']];
      if (extra) {
        b.add('n3', 'netif', { arg1: 'tap2' });
        parts.push(['n3', 'network']);
      }
      return job(b, parts);
    };
    expect(having(ifs(false), 'MC012')).toEqual([]);
    // On unix the if_impl configures its else branch only: n3 clashes with n2, not with n1.
    const extra = having(ifs(true), 'MC012');
    expect(extra.map((x) => x.instance)).toEqual(['n3']);
    expect(extra[0]!.message).toContain('n2');
    const m = job(
      design('4.11.1', 'unix')
        .add('n1', 'netif', { arg1: 'tap0' })
        .add('n2', 'netif', { arg1: 'tap1' })
        .add('n3', 'netif', { arg1: 'tap2' })
        .add('pick', 'match_impl', { cases: ['xen'] })
        .wire('n1', 'pick', 'case_xen')
        .wire('n2', 'pick', 'default'),
      [
        ['pick', 'network'],
        ['n3', 'network'],
      ],
    );
    expect(having(m, 'MC012').map((x) => x.instance)).toEqual(['n3']);
  });

  it('runtime arguments with the same name or flag, or a flag a device registers at that release', () => {
    const d = stacks('4.11.1', 'unix');
    d.runtimeArgs.push({ name: 'db_name', type: 'string' }, { name: 'db_name', type: 'string' }, { name: 'ipv4', type: 'string' });
    expect(having(d, 'MC012').map((x) => x.message)).toEqual([
      'Two runtime arguments are named `db_name`.',
      'Runtime argument `ipv4` (`--ipv4`) clashes with the `--ipv4` that `stack` registers in Mirage 4.11.1.',
    ]);
    const dns = (v: MirageVersion) => {
      const b = design(v).add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('he', 'generic_happy_eyeballs').wire('stack', 'he');
      b.add('dns', 'generic_dns_client').wire('stack', 'dns', 'arg1').wire('he', 'dns', 'arg2').runtimeArg({ name: 'dns_servers', type: 'string' });
      return job(b, [['dns', 'dns_client']]);
    };
    expect(having(dns('4.11.1'), 'MC012')).toHaveLength(1);
    expect(having(dns('4.10.2'), 'MC012')).toEqual([]);
  });

  it('runtime arguments clash on the flag the export writes (`start` becomes `--start-arg`)', () => {
    const d = design().runtimeArg({ name: 'start', type: 'string' }).runtimeArg({ name: 'start_arg', type: 'string' }).build();
    expect(having(d, 'MC012').map((x) => x.message)).toEqual(['Runtime arguments `start` and `start_arg` both become `--start-arg`.']);
  });
});
