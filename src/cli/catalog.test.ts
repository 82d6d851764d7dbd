import { describe, expect, it } from 'vitest';
import { catalogFor } from '../core/catalog';
import { run } from './testkit';
import type { DeviceView } from './catalogView';

const cwd = process.cwd();

describe('mirage-composer catalog', () => {
  it('--json lists every device of the latest version with ports and output types', async () => {
    const r = await run(['catalog', '--json'], cwd);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { version: string; devices: DeviceView[] };
    expect(out.version).toBe('4.11.1');
    expect(out.devices.map((d) => d.id).sort()).toEqual([...catalogFor('4.11.1').devices.keys()].sort());
    const paf = out.devices.find((d) => d.id === 'paf_server');
    expect(paf?.ports).toEqual([{ name: 'arg1', label: null, kind: 'positional', type: 'tcpv4v6' }]);
    expect(paf?.params).toEqual([{ name: 'port', label: 'port', kind: 'labeled', ocamlType: 'int runtime_arg', edit: 'runtime_arg' }]);
    expect(paf?.output).toBe('http_server');
  });

  it('--mirage-version and --family select the devices', async () => {
    const r = await run(['catalog', '--mirage-version', '4.8.0', '--family', 'time', '--json'], cwd);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { version: string; devices: DeviceView[] };
    expect(out.version).toBe('4.8.0');
    expect(out.devices.length).toBeGreaterThan(0);
    expect(out.devices.every((d) => d.family === 'time')).toBe(true);
    expect(out.devices.map((d) => d.id)).toContain('default_posix_clock');
    const latest = JSON.parse((await run(['catalog', '--family', 'time', '--json'], cwd)).stdout) as { devices: DeviceView[] };
    expect(latest.devices.map((d) => d.id)).not.toContain('default_posix_clock');
  });

  it('prints signatures, ports and output in text form', async () => {
    const r = await run(['catalog', '--family', 'http'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Mirage 4\.11\.1: \d+ devices/);
    expect(r.stdout).toContain('  paf_server — ');
    expect(r.stdout).toContain('    val paf_server : port:int runtime_arg -> tcpv4v6 impl -> http_server impl');
    expect(r.stdout).toContain('    ports: arg1: tcpv4v6');
    expect(r.stdout).toContain('    output: http_server');
    expect(r.stdout).not.toContain('generic_stackv4v6');
  });

  it('rejects an unknown version or family with one line and exit 1', async () => {
    const v = await run(['catalog', '--mirage-version', '3.0'], cwd);
    expect(v.code).toBe(1);
    expect(v.stdout).toBe('');
    expect(v.stderr).toBe('mirage-composer: unknown Mirage version "3.0" (known: 4.0.0 … 4.11.1 (every 4.x release tag))\n');
    const f = await run(['catalog', '--family', 'nope'], cwd);
    expect(f.code).toBe(1);
    expect(f.stderr.split('\n')).toHaveLength(2);
    expect(f.stderr).toMatch(/^mirage-composer: unknown family "nope"/);
  });

  it('has --help, and unknown options are usage errors', async () => {
    const h = await run(['catalog', '--help'], cwd);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--mirage-version <version>');
    const u = await run(['catalog', '--colour'], cwd);
    expect(u.code).toBe(1);
    expect(u.stderr).toContain("unknown option '--colour'");
  });
});
