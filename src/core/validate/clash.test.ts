import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having, stackApp } from './testing';

describe('command-line clashes (MC012)', () => {
  it('two stacks in the default group clash; different groups do not', () => {
    const two = stackApp().add('stack2', 'generic_stackv4v6').wire('net', 'stack2').build();
    const ds = having(two, 'MC012');
    expect(ds).toEqual([expect.objectContaining({ instance: 'stack2', param: 'group', severity: 'error' })]);
    expect(ds[0]!.message).toBe('`stack` and `stack2` both define `--ipv4` in the default group (no `~group`).');
    const grouped = stackApp().add('stack2', 'generic_stackv4v6', { group: 'management' }).wire('net', 'stack2').build();
    expect(having(grouped, 'MC012')).toEqual([]);
    const same = stackApp().build();
    same.devices.find((x) => x.id === 'stack')!.params.group = 'svc';
    same.devices.push({ ...structuredClone(same.devices.find((x) => x.id === 'stack')!), id: 's2', name: 's2' });
    expect(having(same, 'MC012')[0]!.message).toContain('in group `svc`');
  });

  it('a stack and an IPv4 layer in the same group clash on --ipv4', () => {
    const d = stackApp().add('ip', 'create_ipv4').build();
    expect(having(d, 'MC012')[0]!.message).toContain('`--ipv4`');
  });

  it('the layers of a direct stack do not clash with each other', () => {
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

  it('two network interfaces, DNS clients or happy-eyeballs in one group clash', () => {
    const d = design()
      .add('n1', 'netif', { arg1: 'tap0' })
      .add('n2', 'netif', { arg1: 'tap1' })
      .add('d1', 'generic_dns_client')
      .add('d2', 'generic_dns_client')
      .add('h1', 'generic_happy_eyeballs')
      .add('h2', 'generic_happy_eyeballs', { group: 'other' })
      .add('k1', 'generic_kv_ro', { arg1: 'a' })
      .add('k2', 'generic_kv_ro', { arg1: 'b' })
      .build();
    expect(having(d, 'MC012').map((x) => x.instance)).toEqual(['n2', 'd2', 'k2']);
  });

  it('without `~group` in the version, the hint says so', () => {
    const d = design('4.5.1').add('d1', 'generic_dns_client').add('d2', 'generic_dns_client').build();
    const [x] = having(d, 'MC012');
    expect(x!.param).toBeUndefined();
    expect(x!.hint).toContain('takes no `~group` in Mirage 4.5.1');
  });

  it('runtime arguments with the same name or flag, or a device flag', () => {
    const d = stackApp()
      .runtimeArg({ name: 'db_name', type: 'string' })
      .runtimeArg({ name: 'db_name', type: 'string' })
      .runtimeArg({ name: 'ipv4', type: 'string' })
      .build();
    const ds = having(d, 'MC012');
    expect(ds.map((x) => x.message)).toEqual([
      'Two runtime arguments are named `db_name`.',
      'Runtime argument `ipv4` (`--ipv4`) clashes with the `--ipv4` of `stack`.',
    ]);
  });

  it('runtime arguments clash on the flag the export writes (`start` becomes `--start-arg`)', () => {
    const d = stackApp().runtimeArg({ name: 'start', type: 'string' }).runtimeArg({ name: 'start_arg', type: 'string' }).build();
    expect(having(d, 'MC012').map((x) => x.message)).toEqual(['Runtime arguments `start` and `start_arg` both become `--start-arg`.']);
  });
});
