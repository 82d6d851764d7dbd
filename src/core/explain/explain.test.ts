import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { randomDesigns } from '../graph/arbitrary';
import { targetsAt } from '../reference/runtime';
import { explainDesign, explainDevice, lifetime, deviceHistory, packagesOn, targetCondition } from './index';

const http = (v: '4.10.4' | '4.10.5' | '4.11.1' = '4.11.1', t = 'unix') =>
  design(v, t, 'web')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .add('http', 'paf_server', { port: { runtimeArg: 'port' } })
    .wire('net', 'stack')
    .wire('stack', 'tcp')
    .wire('tcp', 'http')
    .main('main', 'Unikernel.Make', ['http_server'])
    .wire('http', 'main')
    .register('main')
    .runtimeArg({ name: 'port', type: 'int', default: '8080' })
    .build();
const flags = (e: ReturnType<typeof explainDesign>) => e.flags.map((f) => f.flag);

describe('explain a design', () => {
  it('HTTP server on unix at 4.11.1: the host socket stack (build.sh passes --no-dhcp), so the network is left out', () => {
    const e = explainDesign(http());
    expect(flags(e)).toEqual(expect.arrayContaining(['--port', '--ipv4', '--no-dhcp']));
    expect(flags(e)).not.toContain('--interface');
    expect(e.flags.find((f) => f.flag === '--port')).toMatchObject({ stage: 'runtime', type: 'int', default: '8080', from: 'unikernel.ml' });
    expect(e.configure).toEqual(['--no-dhcp']);
    expect(e.unused).toEqual(['net']);
    expect(e.names).toEqual([]);
    expect(e.output).toBe('dist/web');
    const stack = e.devices.find((d) => d.device === 'generic_stackv4v6')!;
    expect(stack.implementation.modules).toContain('Tcpip_stack_socket.V4V6');
    expect(stack.implementation.notes.join(' ')).toMatch(/--no-dhcp.*sockets.*Without that flag.*DHCP/s);
    expect(e.account.join('\n')).toMatch(/`--port` \(int, default 8080\)/);
  });

  it('the same design on hvt: a static OCaml stack, the manifest network `service`, no --interface', () => {
    const e = explainDesign(http(), 'hvt');
    expect(e.target).toBe('hvt');
    expect(flags(e)).toEqual(expect.arrayContaining(['--port', '--ipv4', '--ipv4-gateway']));
    expect(flags(e)).not.toContain('--interface');
    expect(e.names).toEqual([expect.objectContaining({ kind: 'network', name: 'service', instance: 'net' })]);
    expect(e.names[0]!.how).toContain('--net:service=');
    expect(e.output).toBe('dist/web.hvt');
    expect(e.account.join('\n')).toMatch(/On hvt it needs one network device named `service`/);
    expect(e.packages.map((p) => p.name)).toContain('mirage-net-solo5');
    expect(e.packages.map((p) => p.name)).not.toContain('mirage-net-unix');
  });

  it('the stack per release on unix: host sockets by default up to 4.10.4, DHCP by default from 4.10.5', () => {
    const old = explainDesign(http('4.10.4')).devices.find((d) => d.device === 'generic_stackv4v6')!;
    expect(old.implementation.notes).toHaveLength(1);
    expect(old.implementation.notes[0]).toMatch(/sockets/);
    const mid = explainDesign(http('4.10.5'));
    expect(mid.configure).toEqual(['--dhcp=false']);
    expect(mid.devices.find((d) => d.device === 'generic_stackv4v6')!.implementation.notes[1]).toMatch(/DHCP/);
  });

  it('group-prefixed flags: a stack with ~group:"private"', () => {
    const d = design('4.11.1', 'hvt').add('n', 'netif', { arg1: 'private' }).add('s', 'generic_stackv4v6', { group: 'private' }).wire('n', 's').main('main', 'M', ['stackv4v6']).wire('s', 'main').register('main').build();
    const e = explainDesign(d);
    expect(flags(e)).toEqual(expect.arrayContaining(['--private-ipv4', '--private-ipv4-gateway', '--private-no-dhcp']));
    expect(e.names).toEqual([expect.objectContaining({ kind: 'network', name: 'private' })]);
  });

  it('if_impl Key.is_solo5: the branch per target, and the other left out', () => {
    const d = design('4.11.1', 'hvt')
      .add('disk', 'block_of_file', { arg1: 'storage' })
      .add('mem', 'ramdisk', { arg1: 'storage' })
      .add('c', 'if_impl', { cond: { ocaml: 'Key.is_solo5' } })
      .wire('disk', 'c', 'then')
      .wire('mem', 'c', 'else')
      .main('main', 'M', ['block'])
      .wire('c', 'main')
      .register('main')
      .build();
    const hvt = explainDesign(d);
    expect(hvt.names).toEqual([expect.objectContaining({ kind: 'block', name: 'storage', instance: 'disk' })]);
    expect(hvt.unused).toEqual(['mem']);
    const unix = explainDesign(d, 'unix');
    expect(unix.unused).toEqual(['disk']);
    expect(unix.names).toEqual([]);
    expect(explainDevice(d, 'c', 'unix')!.implementation.notes[0]).toMatch(/false.*`else`/);
    expect(targetCondition('Key.is_unix', 'macosx')).toBe(true);
    expect(targetCondition({ ocaml: '(Key.is_xen)' }, 'qubes')).toBe(true);
    expect(targetCondition('Key.value foo', 'hvt')).toBeNull();
  });

  it('never throws, on any generated design and target', () => {
    for (const d of randomDesigns(25, 11).designs) {
      for (const t of ['unix', 'hvt', 'xen']) expect(() => explainDesign(d, t)).not.toThrow();
    }
  });
});

describe('explain a device', () => {
  it('flags spelled as the release spells them, and the change that renamed them', () => {
    const d = (v: '4.10.2' | '4.11.1') => design(v).add('dns', 'generic_dns_client').build();
    expect(explainDevice(d('4.10.2'), 'dns')!.flags.map((f) => f.flag)).toContain('--dns_servers');
    expect(explainDevice(d('4.11.1'), 'dns')!.flags.map((f) => f.flag)).toContain('--dns-servers');
    const at = deviceHistory('generic_dns_client').find((c) => c.version === '4.11.0')!;
    expect(at.what.join(' ')).toContain('`--dns_servers` is now spelled `--dns-servers`');
    expect(explainDevice(d('4.10.2'), 'dns')!.history.after.map((c) => c.version)).toContain('4.11.0');
  });

  it('a device that left: lifetime and the release that removed it', () => {
    expect(lifetime('default_time')).toEqual({ from: '4.0.0', to: '4.8.2' });
    expect(deviceHistory('default_time')).toContainEqual({ version: '4.9.0', kind: 'removed', what: [] });
    const e = explainDevice(design('4.11.1').add('t', 'default_time').build(), 't')!;
    expect(e.known).toBe(false);
  });

  it('register: the devices it takes at the release', () => {
    const e = (v: '4.8.0' | '4.11.1') => explainDevice(design(v).main('main', 'M', ['time']).register('main').build(), 'register')!.uses.join(' ');
    expect(e('4.11.1')).toMatch(/`sleep`, `ptime`, `mtime`, `random`/);
    expect(e('4.8.0')).not.toMatch(/sleep/);
  });

  it('a configure-time choice (generic_kv_ro --kv_ro) and the runtime argument a parameter reads', () => {
    const kv = explainDevice(design().add('kv', 'generic_kv_ro', { arg1: 'htdocs' }).build(), 'kv')!;
    expect(kv.implementation.notes.join(' ')).toMatch(/`--kv_ro`.*default `Crunch/);
    expect(kv.flags).toEqual([expect.objectContaining({ flag: '--kv_ro', stage: 'configure' })]);
    const srv = explainDevice(http(), 'http')!;
    expect(srv.uses[0]).toMatch(/`~port` is your runtime argument `port`.*`--port` \(int, default 8080\)/);
    expect(srv.packages.map((p) => p.name)).toEqual(['paf']);
  });

  it('a device that does not work on the target says why', () => {
    const e = explainDevice(design('4.11.1', 'muen').add('b', 'block_of_file', { arg1: 'x' }).build(), 'b')!;
    expect(e.implementation.runs).toBe(false);
    expect(e.implementation.notes[0]).toMatch(/does not work on muen/);
  });

  it('unknown ids give undefined', () => {
    expect(explainDevice(http(), 'nope')).toBeUndefined();
  });
});

describe('packagesOn', () => {
  it('keeps packages of the target family and those tied to none', () => {
    const ps = [{ name: 'mirage-net-unix' }, { name: 'mirage-net-solo5' }, { name: 'mirage-net-xen' }, { name: 'mirage-qubes' }, { name: 'tcpip' }];
    expect(packagesOn(ps, 'hvt').map((p) => p.name)).toEqual(['mirage-net-solo5', 'tcpip']);
    expect(packagesOn(ps, 'unix').map((p) => p.name)).toEqual(['mirage-net-unix', 'tcpip']);
    expect(packagesOn(ps, 'qubes').map((p) => p.name)).toEqual(['mirage-net-xen', 'mirage-qubes', 'tcpip']);
    expect(targetsAt('4.11.1')).toContain('unikraft-qemu');
  });
});
