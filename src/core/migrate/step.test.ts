import { describe, expect, it } from 'vitest';
import type { Design } from '../design/schema';
import { design } from '../graph/builder';
import { validateDesign } from '../validate/index';
import { migrateStep } from './step';
import type { MigrationEntry } from './types';

const wires = (d: Design) => d.wires.map((w) => `${w.from}->${w.to}.${w.port}`).sort();
const kinds = (entries: MigrationEntry[], kind: MigrationEntry['kind']) => entries.filter((e) => e.kind === kind);
const noErrors = (d: Design) => expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);

const heBeforeDns = () =>
  design('4.5.1', 'unix', 'x')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .add('dns', 'generic_dns_client')
    .wire('stack', 'dns')
    .add('he', 'generic_happy_eyeballs')
    .wire('stack', 'he', 'arg1')
    .wire('dns', 'he', 'arg2')
    .add('mimic', 'mimic_happy_eyeballs')
    .wire('stack', 'mimic', 'arg1')
    .wire('dns', 'mimic', 'arg2')
    .wire('he', 'mimic', 'arg3')
    .main('main', 'Unikernel.Make', ['mimic'])
    .wire('mimic', 'main')
    .register('main')
    .build();

describe('step 4.5.1 → 4.6.0: happy-eyeballs / DNS client dependency reversed', () => {
  it('wires happy-eyeballs into the DNS client and re-orders mimic_happy_eyeballs by type', () => {
    const r = migrateStep(heBeforeDns(), '4.6.0');
    expect(r.design.mirage).toBe('4.6.0');
    expect(wires(r.design)).toEqual(
      ['he->dns.arg2', 'stack->he.arg1', 'stack->dns.arg1', 'he->mimic.arg2', 'dns->mimic.arg3', 'stack->mimic.arg1', 'net->stack.arg1', 'mimic->main.arg1', 'main->register.jobs'].sort(),
    );
    expect(r.entries.every((e) => e.release === '4.6.0')).toBe(true);
    expect(r.entries.some((e) => e.kind === 'change' && /Reversed the dependency/.test(e.text))).toBe(true);
    expect(kinds(r.entries, 'blocker')).toEqual([]);
    noErrors(r.design);
  });

  it('goes back down to the 4.5.1 wiring', () => {
    const up = migrateStep(heBeforeDns(), '4.6.0').design;
    const down = migrateStep(up, '4.5.1');
    expect(wires(down.design)).toEqual(wires(heBeforeDns()));
    noErrors(down.design);
  });

  it('adds happy-eyeballs when the 4.5 design had a DNS client only', () => {
    const d = design('4.5.1').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('dns', 'generic_dns_client').wire('stack', 'dns').main('main', 'Unikernel.Make', ['dns_client']).wire('dns', 'main').register('main').build();
    const r = migrateStep(d, '4.6.0');
    const he = r.design.devices.find((x) => x.device === 'generic_happy_eyeballs');
    expect(he).toBeDefined();
    expect(wires(r.design)).toContain(`${he!.id}->dns.arg2`);
    expect(wires(r.design)).toContain(`stack->${he!.id}.arg1`);
    noErrors(r.design);
  });
});

describe('step 4.8.2 → 4.9.0: time, pclock and mclock are no devices any more', () => {
  const clocks = () =>
    design('4.8.2', 'unix', 'c')
      .add('timer', 'default_time')
      .add('posix', 'default_posix_clock')
      .add('reporter', 'default_reporter')
      .wire('posix', 'reporter', 'clock')
      .main('main', 'Unikernel.Make', ['time', 'pclock'])
      .wire('timer', 'main')
      .wire('posix', 'main')
      .register('main', { reporter: 'reporter' })
      .build();

  it('drops the functor parameters, the clock wires and the clock devices, and lists the code moves', () => {
    const r = migrateStep(clocks(), '4.9.0');
    expect(r.design.devices.map((d) => d.device).sort()).toEqual(['default_reporter', 'main', 'register']);
    expect(r.design.devices.find((d) => d.id === 'main')!.params.functor).toEqual([]);
    expect(wires(r.design)).toEqual(['main->register.jobs', 'reporter->register.reporter']);
    const manual = kinds(r.entries, 'manual').map((e) => e.text).join('\n');
    expect(manual).toContain('`Mirage_sleep.ns` where it called `Time.sleep_ns`');
    expect(manual).toContain('Mirage_ptime.now ()');
    expect(kinds(r.entries, 'manual').find((e) => /Mirage_sleep/.test(e.text))?.source).toBe('CHANGES.md@v4.9.0');
    noErrors(r.design);
  });

  it('going down, a main without parameters takes the time device again (job without arguments)', () => {
    const up = migrateStep(clocks(), '4.9.0').design;
    const down = migrateStep(up, '4.8.2');
    const main = down.design.devices.find((d) => d.id === 'main')!;
    expect(main.params.functor).toEqual(['time']);
    const time = down.design.devices.find((d) => d.device === 'default_time')!;
    expect(wires(down.design)).toContain(`${time.id}->main.arg1`);
    expect(down.entries.some((e) => e.kind === 'manual' && /Time\.sleep_ns/.test(e.text))).toBe(true);
    noErrors(down.design);
  });

  it('a random device only the unikernel took goes: register adds it itself', () => {
    const d = design('4.8.2').add('rng', 'default_random').main('main', 'Unikernel.Make', ['random']).wire('rng', 'main').register('main').build();
    const r = migrateStep(d, '4.9.0');
    expect(r.design.devices.map((x) => x.device).sort()).toEqual(['main', 'register']);
    expect(kinds(r.entries, 'manual').some((e) => /Mirage_crypto_rng\.generate/.test(e.text))).toBe(true);
  });
});

describe('step 4.4.2 → 4.5.0: configure keys become runtime arguments', () => {
  const keyed = () =>
    design('4.4.2').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').add('web', 'paf_server', { port: 8080 }).wire('tcp', 'web').main('main', 'Unikernel.Make', ['http_server']).wire('web', 'main').register('main').build();

  it('keeps the literal, now the default of a runtime argument the unikernel defines', () => {
    const r = migrateStep(keyed(), '4.5.0');
    expect(r.design.devices.find((d) => d.id === 'web')!.params.port).toBe(8080);
    expect(r.entries.some((e) => e.kind === 'change' && /runtime argument now \(was a configure key\)/.test(e.text))).toBe(true);
    expect(r.entries.some((e) => e.kind === 'manual' && /Unikernel\.web_port/.test(e.text))).toBe(true);
    noErrors(r.design);
  });

  it('going down, a runtime argument a device uses becomes a configure key with its default', () => {
    const d = { ...keyed(), mirage: '4.5.0' as const, runtimeArgs: [{ name: 'port', type: 'int', default: '8080' }] };
    d.devices = d.devices.map((x) => (x.id === 'web' ? { ...x, params: { port: { runtimeArg: 'port' } } } : x));
    const r = migrateStep(d, '4.4.2');
    expect(r.design.devices.find((x) => x.id === 'web')!.params.port).toBe('8080');
    expect(r.design.runtimeArgs).toEqual([]);
    expect(kinds(r.entries, 'blocker')).toEqual([]);
    noErrors(r.design);
  });

  it('going down, runtime arguments main passes to the unikernel cannot be expressed', () => {
    const d = design('4.5.0').runtimeArg({ name: 'hello', type: 'string', default: '"hi"' }).add('rng', 'default_random').main('main', 'Unikernel.Make', ['random'], { runtime_args: ['hello'] }).wire('rng', 'main').register('main').build();
    const r = migrateStep(d, '4.4.2');
    expect(kinds(r.entries, 'blocker').map((e) => e.text).join()).toMatch(/`hello`.*no runtime arguments/);
    expect(r.design.devices.find((x) => x.id === 'main')!.params.runtime_args).toBeUndefined();
  });
});

describe('step 4.7.0 → 4.8.0: runtime arguments become plain defaults of the devices', () => {
  const dnsWith = (rt: { name: string; type: string; default?: string }) =>
    design('4.7.0').runtimeArg(rt).add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('he', 'generic_happy_eyeballs').wire('stack', 'he').add('dns', 'generic_dns_client', { timeout: { runtimeArg: rt.name } }).wire('stack', 'dns', 'arg1').wire('he', 'dns', 'arg2').main('main', 'Unikernel.Make', ['dns_client']).wire('dns', 'main').register('main').build();

  it('takes the default of the runtime argument as the value and drops the runtime argument', () => {
    const r = migrateStep(dnsWith({ name: 'dns_t', type: 'int64 option', default: 'Some 5_000_000_000L' }), '4.8.0');
    expect(r.design.devices.find((d) => d.id === 'dns')!.params.timeout).toBe('5000000000');
    expect(r.design.runtimeArgs).toEqual([]);
    expect(r.entries.some((e) => e.kind === 'manual' && /remove its Cmdliner term/.test(e.text))).toBe(true);
    noErrors(r.design);
  });

  it('a `None` default leaves the argument out; no default names the device flag', () => {
    const none = migrateStep(dnsWith({ name: 't', type: 'int64 option', default: 'None' }), '4.8.0');
    expect(none.design.devices.find((d) => d.id === 'dns')!.params.timeout).toBeUndefined();
    const bare = migrateStep(dnsWith({ name: 't', type: 'int64 option' }), '4.8.0');
    expect(bare.entries.some((e) => e.kind === 'manual' && /`--dns_timeout`/.test(e.text))).toBe(true);
    noErrors(bare.design);
  });
});

describe('step 4.10.6 → 4.11.0: stack keys and boot flags', () => {
  const stack = (params: Record<string, unknown>) =>
    design('4.10.6').add('net', 'default_network').add('stack', 'generic_stackv4v6', params as never).wire('net', 'stack').add('he', 'generic_happy_eyeballs').wire('stack', 'he').main('main', 'Unikernel.Make', ['happy_eyeballs']).wire('he', 'main').register('main').build();

  it('drops the default ?dhcp_key quietly and asks for --no-dhcp where it chose otherwise', () => {
    const same = migrateStep(stack({ dhcp_key: { ocaml: 'Key.value (Key.dhcp ())' } }), '4.11.0');
    expect(same.design.devices.find((d) => d.id === 'stack')!.params).toEqual({});
    expect(same.entries.some((e) => e.kind === 'change' && /dhcp_key.*it was the default/.test(e.text))).toBe(true);
    const off = migrateStep(stack({ dhcp_key: false }), '4.11.0');
    const m = off.entries.find((e) => e.kind === 'manual' && /dhcp_key/.test(e.text));
    expect(m?.text).toContain('`--no-dhcp`');
    expect(m?.source).toBe('lib/devices/stack.ml@v4.11.0');
  });

  it('lists the renamed happy-eyeballs boot flags', () => {
    const r = migrateStep(stack({}), '4.11.0');
    expect(r.entries.find((e) => /Flags renamed/.test(e.text))?.text).toContain('--he_aaaa_timeout → --he-aaaa-timeout');
  });
});

describe('other steps', () => {
  it('4.5.0 → 4.5.1 renames the ?net_key cases (`Socket → `Host)', () => {
    const d = design('4.5.0').add('net', 'default_network').add('stack', 'generic_stackv4v6', { net_key: 'Socket' }).wire('net', 'stack').main('main', 'Unikernel.Make', ['stackv4v6']).wire('stack', 'main').register('main').build();
    const r = migrateStep(d, '4.5.1');
    expect(r.design.devices.find((x) => x.id === 'stack')!.params.net_key).toBe('Host');
    expect(migrateStep(r.design, '4.5.0').design.devices.find((x) => x.id === 'stack')!.params.net_key).toBe('Socket');
  });

  it('a target the older release lacks is a blocker', () => {
    const d = design('4.10.0', 'unikraft-qemu').add('rng', 'default_random').main('main', 'Unikernel.Make', ['random']).wire('rng', 'main').register('main').build();
    expect(kinds(migrateStep(d, '4.9.0').entries, 'blocker').map((e) => e.text).join()).toMatch(/unikraft-qemu/);
  });

  it('a removed device still in use is replaced by its successor, wired from what fits, with a check to make', () => {
    const d = design('4.9.0').add('net', 'default_network').add('s', 'socket_stackv4v6').main('main', 'Unikernel.Make', ['stackv4v6']).wire('s', 'main').register('main').build();
    const r = migrateStep(d, '4.10.0');
    expect(r.design.devices.find((x) => x.id === 's')!.device).toBe('generic_stackv4v6');
    expect(wires(r.design)).toContain('net->s.arg1');
    expect(kinds(r.entries, 'manual').map((e) => e.text).join()).toMatch(/Check that `generic_stackv4v6` does what `socket_stackv4v6` did.*`--net`/);
    noErrors(r.design);
  });

  it('a removed device still in use with no successor is a blocker, and stays', () => {
    const d = design('4.3.1').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').add('web', 'paf_server', { port: 80 }).wire('tcp', 'web').main('main', 'Unikernel.Make', ['http_server']).wire('web', 'main').register('main').build();
    const r = migrateStep(d, '4.3.0');
    expect(r.design.devices.some((x) => x.device === 'paf_server')).toBe(true);
    expect(kinds(r.entries, 'blocker').map((e) => e.text).join('\n')).toMatch(/paf_server[\s\S]*http_server|http_server[\s\S]*paf_server/);
  });

  it('4.9.0 → 4.10.0 moves the IP configuration to the boot flags', () => {
    const d = design('4.9.0').add('net', 'default_network').add('stack', 'generic_stackv4v6', { ipv4_config: { ocaml: '{ network = Ipaddr.V4.Prefix.of_string_exn "10.0.0.5/24"; gateway = None }' } }).wire('net', 'stack').main('main', 'Unikernel.Make', ['stackv4v6']).wire('stack', 'main').register('main').build();
    const r = migrateStep(d, '4.10.0');
    expect(r.design.devices.find((x) => x.id === 'stack')!.params).toEqual({});
    const m = kinds(r.entries, 'manual').find((e) => /ipv4_config/.test(e.text));
    expect(m?.text).toContain('`--ipv4` and `--ipv4-gateway`');
    expect(m?.text).toContain('10.0.0.5/24');
  });
});
