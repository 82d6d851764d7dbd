import { targetsOf } from '../facts';
import { targetsAt } from '../reference/runtime';
import { availability, availabilityText } from './availability';
import { describe, expect, it } from 'vitest';
import { reference } from '../reference/api';
import { MIRAGE_VERSIONS } from '../reference/types';
import { printTy } from '../types/term';
import { valueTypes } from './build';
import { argsOf, catalogFor, defaultFamilies, paramTypeOf, type DeviceSpec, type ParamSpec, type PortSpec } from './index';

/** Values whose result is `… impl` but which are combinators or built-ins, not palette devices. */
const COMBINATORS = new Set(['$', 'dep', 'abstract', 'if_impl', 'match_impl', 'foreign', 'main', 'of_device', 'impl']);
const familyIds = new Set(defaultFamilies.flatMap((f) => f.devices.map((e) => e.id)));
const arg = (s: DeviceSpec, name: string) => s.args.find((a) => a.name === name) as PortSpec | ParamSpec | undefined;

describe('catalog coverage', () => {
  it('every device-producing value (an impl, a tuple of impls, a value another device takes) is in a family and built, in every version it exists in', () => {
    const missing: string[] = [];
    for (const v of reference.values) {
      if (COMBINATORS.has(v.name)) continue;
      for (const ver of MIRAGE_VERSIONS) {
        const sig = v.versions[ver];
        if (!sig || !(/ impl$/.test(sig.result) || valueTypes(ver).has(sig.result))) continue;
        if (!familyIds.has(v.name) || !catalogFor(ver).devices.has(v.name)) missing.push(`${v.name}@${ver}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a tuple result gives extra outputs, a tuple argument one port per component, a value type a wired value', () => {
    const c = catalogFor('4.11.1');
    const lease = c.devices.get('generic_stackv4v6_with_lease')!;
    expect(printTy(lease.output!)).toBe('stackv4v6');
    expect(lease.extraOutputs?.map((o) => [o.name, printTy(o.type)])).toEqual([['lease', 'lease']]);
    expect(arg(lease, 'dhcp_requests')).toMatchObject({ role: 'port', kind: 'optional' });
    const dns = c.devices.get('generic_dns_client')!;
    expect(arg(dns, 'dhcp')).toMatchObject({ role: 'port', tuple: { label: 'dhcp', index: 0, size: 2 } });
    expect(arg(dns, 'dhcp_lease')).toMatchObject({ role: 'port', tuple: { label: 'dhcp', index: 1, size: 2 } });
    expect(c.devices.get('make_dhcp_requests')).toMatchObject({ value: true, output: { kind: 'con', name: 'dhcp_requests' } });
    expect(valueTypes('4.11.1')).toEqual(new Set(['dhcp_requests']));
    expect(valueTypes('4.8.0')).toEqual(new Set(['syslog_config']));
  });

  it('a family lists each id once', () => {
    const all = defaultFamilies.flatMap((f) => f.devices.map((e) => e.id));
    expect(all.length).toBe(new Set(all).size);
  });

  it('docs name no release (availability comes from the facts) and replacements exist in the latest release', () => {
    const wrong: string[] = [];
    for (const f of defaultFamilies) {
      for (const e of f.devices) {
        if (/\b4\.\d+/.test(e.doc)) wrong.push(`${e.id}: doc names a release`);
        if (e.replacement && !catalogFor('4.11.1').devices.has(e.replacement)) wrong.push(`${e.id}: replacement ${e.replacement} missing`);
      }
    }
    expect(wrong).toEqual([]);
    expect(availabilityText('stdlib_random')).toBe('4.0.0 – 4.2.1');
    expect(availabilityText('chamelon')).toBe('since 4.1.0');
    expect(availability('nope')).toEqual([]);
  });

  it('devices exist only in the versions where the reference has them', () => {
    expect(catalogFor('4.8.0').devices.has('default_time')).toBe(true);
    expect(catalogFor('4.10.2').devices.has('default_time')).toBe(false);
    expect(catalogFor('4.0.0').devices.has('chamelon')).toBe(false);
    expect(catalogFor('4.5.1').devices.has('chamelon')).toBe(true);
    expect(catalogFor('4.11.1').devices.has('http_server')).toBe(false);
  });

  it('where devices run comes from the per-target facts, not from the catalog', () => {
    expect(targetsOf('direct_kv_rw', '4.11.1')).toEqual(['unix', 'macosx']);
    expect(targetsOf('block_of_xenstore_id', '4.11.1')).toEqual(['xen', 'qubes']);
    expect(targetsOf('default_qubesdb', '4.11.1')).toEqual(['xen', 'qubes']);
    expect(targetsOf('direct_kv_ro', '4.11.1')).toEqual(targetsAt('4.11.1'));
    expect(targetsOf('block_of_file', '4.11.1')).not.toContain('muen');
  });

  it('targets and typs come from the reference', () => {
    expect(catalogFor('4.8.0').targets).not.toContain('unikraft-qemu');
    expect(catalogFor('4.10.2').targets).toContain('unikraft-qemu');
    expect(printTy(catalogFor('4.11.1').typs.get('tcpv4v6')!.type)).toBe('v4v6 tcp');
    expect(catalogFor('4.11.1').typs.get('stackv4v6')?.signature).toBeTruthy();
  });
});

describe('ports and params', () => {
  it('impl arguments are ports named by label or position; optional ones are optional', () => {
    const s = catalogFor('4.10.2').devices.get('generic_stackv4v6')!;
    expect(arg(s, 'tcp')).toMatchObject({ role: 'port', kind: 'optional', label: 'tcp' });
    expect(arg(s, 'arg1')).toMatchObject({ role: 'port', kind: 'positional', label: null });
    const mimic = catalogFor('4.11.1').devices.get('mimic_happy_eyeballs')!;
    expect(mimic.args.map((a) => a.name)).toEqual(['arg1', 'arg2', 'arg3']);
    expect(mimic.args.map((a) => (a.role === 'port' ? printTy(a.type) : a.role))).toEqual(['stackv4v6', 'happy_eyeballs', 'dns_client']);
  });

  it('labeled scalars are required params; `int runtime_arg` keeps its inner type', () => {
    const ch = catalogFor('4.11.1').devices.get('chamelon')!;
    expect(arg(ch, 'program_block_size')).toMatchObject({ role: 'param', kind: 'labeled', type: { kind: 'runtime_arg', inner: 'int' } });
    const paf = catalogFor('4.11.1').devices.get('paf_server')!;
    expect(arg(paf, 'port')).toMatchObject({ role: 'param', kind: 'labeled', type: { kind: 'runtime_arg', inner: 'int' } });
    expect(arg(catalogFor('4.11.1').devices.get('crunch')!, 'arg1')).toMatchObject({ role: 'param', kind: 'positional', type: { kind: 'string' } });
  });

  it('enums, IP addresses and prefixes, log levels and raw OCaml', () => {
    const st = catalogFor('4.11.1').devices.get('generic_stackv4v6')!;
    expect(arg(st, 'ipv4_network')).toMatchObject({ kind: 'optional', type: { kind: 'ipv4_prefix' } });
    expect(arg(st, 'ipv6_network')).toMatchObject({ type: { kind: 'ipv6_prefix' } });
    expect(arg(st, 'ipv4_gateway')).toMatchObject({ type: { kind: 'ipv4' } });
    expect(arg(catalogFor('4.11.1').devices.get('docteur')!, 'mode')).toMatchObject({ type: { kind: 'enum', cases: ['`Fast', '`Light'] } });
    expect(arg(catalogFor('4.11.1').devices.get('default_reporter')!, 'level')).toMatchObject({ type: { kind: 'log_level' } });
    expect(arg(catalogFor('4.11.1').devices.get('generic_kv_ro')!, 'key')).toMatchObject({ type: { kind: 'value', inner: '[ `Crunch | `Direct ]' } });
    expect(arg(catalogFor('4.11.1').devices.get('resolver_dns')!, 'dhcp')).toMatchObject({ role: 'port', type: { kind: 'con', name: 'dhcp_requests' }, tuple: { label: 'dhcp', index: 0, size: 2 } });
    expect(paramTypeOf('Ipaddr.V4.t option')).toEqual({ kind: 'option', inner: { kind: 'ipv4' } });
    expect(paramTypeOf('string option runtime_arg')).toEqual({ kind: 'runtime_arg', inner: 'string option' });
    expect(paramTypeOf('int64 option Key.key')).toEqual({ kind: 'key', inner: 'int64 option' });
    expect(paramTypeOf('ipv4_config')).toEqual({ kind: 'ocaml', ocamlType: 'ipv4_config' });
  });

  it('applied values `(a -> b) impl` take their argument as a port', () => {
    const s = catalogFor('4.11.1').devices.get('dhcp_proj_net')!;
    expect(s.applied).toBe(true);
    expect(s.args).toHaveLength(1);
    expect(printTy(s.output!)).toBe('network');
  });

  it('main gets one port per functor argument; register ports follow its signature', () => {
    const c = catalogFor('4.11.1');
    const ports = argsOf(c.devices.get('main')!, { params: { functor: ['stackv4v6', 'kv_ro'] } }, c).filter((a) => a.role === 'port');
    expect(ports.map((p) => p.name)).toEqual(['arg1', 'arg2']);
    const reg = (v: (typeof MIRAGE_VERSIONS)[number]) => catalogFor(v).devices.get('register')!.args.map((a) => a.name);
    expect(reg('4.11.1')).toEqual(['argv', 'reporter', 'sleep', 'ptime', 'mtime', 'random', 'src', 'jobs']);
    expect(reg('4.8.0')).not.toContain('sleep');
    expect(catalogFor('4.0.0').devices.get('main')!.args.map((a) => a.name)).not.toContain('runtime_args');
  });
});
