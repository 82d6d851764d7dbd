import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having, stackApp } from './testing';

describe('version rules', () => {
  it('MC008: a device removed before this version, with what to use instead', () => {
    const d = stackApp('4.10.2').add('time', 'default_time').build();
    const [x] = having(d, 'MC008');
    expect(x).toMatchObject({ instance: 'time', severity: 'error', message: '`default_time` does not exist in Mirage 4.10.2: it was removed in 4.9.0.' });
    expect(x!.hint).toContain('No longer needed');
    expect(x!.hint).toContain('`default_sleep`');
    const old = having(stackApp('4.11.1').add('s4', 'socket_stackv4').build(), 'MC008')[0]!;
    expect(old.message).toBe('`socket_stackv4` does not exist in Mirage 4.11.1: it was removed in 4.3.0.');
    expect(old.hint).toBe('Use `generic_stackv4v6` instead.');
  });

  it('MC008: a device added after this version (chamelon exists since 4.1.0)', () => {
    const [x] = having(stackApp('4.0.0').add('fs', 'chamelon').build(), 'MC008');
    expect(x!.message).toBe('`chamelon` does not exist in Mirage 4.0.0: it was added in 4.1.0.');
    expect(x!.hint).toBe('Use Mirage 4.1.0 or later for `chamelon`.');
  });

  it('MC016: a device no Mirage version has', () => {
    expect(having(stackApp().add('x', 'flux_capacitor').build(), 'MC016')).toEqual([expect.objectContaining({ instance: 'x' })]);
  });

  it('MC009: a wired port or a set parameter that this version does not have', () => {
    const d = stackApp('4.11.1').add('tcp', 'direct_tcp').wire('tcp', 'stack', 'tcp').build();
    d.devices.find((x) => x.id === 'stack')!.params = { dhcp_key: { ocaml: 'Key.value dhcp' }, colour: 'red', group: null };
    const ds = having(d, 'MC009');
    expect(ds.map((x) => x.port ?? x.param)).toEqual(['tcp', 'dhcp_key', 'colour']);
    expect(ds[0]!.message).toBe('~tcp of `generic_stackv4v6` does not exist in Mirage 4.11.1 (last in 4.10.6; removed in 4.11.0).');
    expect(ds[2]!.message).toBe('`generic_stackv4v6` has no argument ~colour in any Mirage version.');
    const later = stackApp('4.8.0').build();
    later.devices.find((x) => x.id === 'stack')!.params = { ipv4_network: '10.0.0.2/24' };
    expect(having(later, 'MC009')[0]!.message).toBe('~ipv4_network of `generic_stackv4v6` does not exist in Mirage 4.8.0 (added in 4.10.2).');
  });

  it('MC016: a wire into a value parameter, or a value set on a device argument', () => {
    const d = stackApp().add('net2', 'default_network').wire('net2', 'stack', 'group').build();
    d.devices.find((x) => x.id === 'main')!.params.arg1 = 'stack';
    const ds = having(d, 'MC016');
    expect(ds.map((x) => x.port ?? x.param)).toEqual(['group', 'arg1']);
    expect(ds[0]!.message).toBe('~group of `generic_stackv4v6` is a value, not a device: give it a value instead of wiring a device into it.');
    expect(ds[1]!.message).toBe('argument 1 of `main` takes a device: wire one in instead of setting a value.');
  });

  it('MC018: a target the version does not have', () => {
    expect(having(stackApp('4.8.0', 'unikraft-qemu').build(), 'MC018')).toHaveLength(1);
    expect(having(stackApp('4.10.2', 'unikraft-qemu').build(), 'MC018')).toEqual([]);
    expect(having(stackApp('4.11.1', 'solo5').build(), 'MC018')[0]!.hint).toContain('hvt');
  });

  it('MC011: devices restricted to some targets', () => {
    const kv = (t: string) => design('4.11.1', t).add('kv', 'direct_kv_rw', { arg1: 'data' }).build();
    expect(having(kv('unix'), 'MC011')).toEqual([]);
    expect(having(kv('hvt'), 'MC011')).toEqual([expect.objectContaining({ instance: 'kv', severity: 'error' })]);
    expect(having(kv('hvt'), 'MC011')[0]!.message).toMatch(/^`direct_kv_rw` cannot run on target `hvt` with Mirage 4\.11\.1: its implementation needs the host OS \(mirage-kv-unix\)/);
    expect(having(kv('hvt'), 'MC011')[0]!.hint).toBe('It runs on unix, macosx. Choose it per target with `match_impl`, or change the target.');
    const xs = design('4.11.1', 'unix').add('b', 'block_of_xenstore_id', { arg1: '51712' }).build();
    expect(having(xs, 'MC011')).toHaveLength(1);
    const q = design('4.11.1', 'xen').add('db', 'default_qubesdb').add('ip', 'ipv4_qubes').wire('db', 'ip').build();
    expect(having(q, 'MC011')).toEqual([]);
    q.target = 'unix';
    expect(having(q, 'MC011').map((x) => x.instance)).toEqual(['db']);
    const kvro = design('4.11.1', 'hvt').add('kv', 'direct_kv_ro', { arg1: 'htdocs' }).build();
    expect(having(kvro, 'MC011')).toEqual([]);
    const muen = design('4.11.1', 'muen').add('b', 'block_of_file', { arg1: 'disk' }).build();
    expect(having(muen, 'MC011')[0]!.message).toContain('Block devices not supported on Muen target');
  });

  it('MC011: a restricted device chosen per target by match_impl is fine; by if_impl it is a warning', () => {
    const m = design('4.11.1', 'hvt')
      .add('kvu', 'direct_kv_rw', { arg1: 'data' })
      .add('kvm', 'kv_rw_mem')
      .add('pick', 'match_impl', { cases: ['unix'] })
      .wire('kvu', 'pick', 'case_unix')
      .wire('kvm', 'pick', 'default')
      .build();
    expect(having(m, 'MC011')).toEqual([]);
    const i = design('4.11.1', 'hvt')
      .add('kvu', 'direct_kv_rw', { arg1: 'data' })
      .add('kvm', 'kv_rw_mem')
      .add('pick', 'if_impl', { cond: { ocaml: 'Key.(value is_unix)' } })
      .wire('kvu', 'pick', 'then')
      .wire('kvm', 'pick', 'else')
      .build();
    expect(having(i, 'MC011')).toEqual([expect.objectContaining({ severity: 'warning', instance: 'kvu' })]);
    // On a target predicate of Key the composer knows the branch: not picked on hvt is fine, picked is an error.
    const known = (cond: string) =>
      design('4.11.1', 'hvt')
        .add('kvu', 'direct_kv_rw', { arg1: 'data' })
        .add('kvm', 'kv_rw_mem')
        .add('pick', 'if_impl', { cond: { key: cond } })
        .wire('kvu', 'pick', 'then')
        .wire('kvm', 'pick', 'else')
        .build();
    expect(having(known('is_unix'), 'MC011')).toEqual([]);
    expect(having(known('is_solo5'), 'MC011')).toEqual([expect.objectContaining({ severity: 'error', instance: 'kvu' })]);
  });
});
