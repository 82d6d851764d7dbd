import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportProject } from '../codegen/export';
import { type Design, DesignSchema } from '../design/schema';
import { importConfigMl } from '../import';
import { testParser } from '../import/testing/nodeParser';
import { LATEST_VERSION, MIRAGE_VERSIONS } from '../reference/versions';
import { migrateDesign, pathBetween } from './migrate';

const here = dirname(fileURLToPath(import.meta.url));
const examplesDir = join(here, '..', '..', '..', 'public', 'examples');
const examples: [string, Design][] = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => [f, DesignSchema.parse(JSON.parse(readFileSync(join(examplesDir, f), 'utf8')))]);
const errors = (r: { diagnostics: { severity: string; code: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error');

describe('pathBetween', () => {
  it('walks every release in between, either way', () => {
    expect(pathBetween('4.8.0', '4.9.0')).toEqual(['4.8.1', '4.8.2', '4.9.0']);
    expect(pathBetween('4.9.0', '4.8.0')).toEqual(['4.8.2', '4.8.1', '4.8.0']);
    expect(pathBetween('4.9.0', '4.9.0')).toEqual([]);
  });
});

describe('example designs', () => {
  const older = examples.filter(([, d]) => d.mirage !== LATEST_VERSION);
  it('include designs of the 4.4, 4.5, 4.8, 4.9 and 4.10 eras', () => {
    expect(older.map(([, d]) => d.mirage).sort()).toEqual(['4.10.2', '4.10.6', '4.4.2', '4.5.0', '4.5.1', '4.8.0', '4.9.0']);
  });

  it.each(older)('%s migrates to the latest release and back to its own, with no error', (_f, d) => {
    const up = migrateDesign(d, LATEST_VERSION);
    expect(up.entries.filter((e) => e.kind === 'blocker')).toEqual([]);
    expect(errors(up)).toEqual([]);
    expect(up.design.mirage).toBe(LATEST_VERSION);
    const down = migrateDesign(up.design, d.mirage);
    expect(errors(down)).toEqual([]);
    expect(down.ok).toBe(true);
  });

  it.each(examples.filter(([, d]) => d.mirage === LATEST_VERSION))('%s goes down to 4.8.2 and up again', (_f, d) => {
    const down = migrateDesign(d, '4.8.2');
    expect(errors(down)).toEqual([]);
    const up = migrateDesign(down.design, LATEST_VERSION);
    expect(errors(up)).toEqual([]);
  });

  it('to every release: never throws, and a result with problems says why', () => {
    for (const [f, d] of examples) {
      for (const v of MIRAGE_VERSIONS) {
        const r = migrateDesign(d, v);
        if (!r.ok) expect(r.entries.some((e) => e.kind === 'blocker' || e.kind === 'manual'), `${f} → ${v}`).toBe(true);
      }
    }
  });
});

/** config.ml without the composer's metadata comment, and its header line apart. */
function configOf(d: Design): { header: string; body: string } {
  const text = exportProject(d).find((f) => f.path === 'config.ml')!.contents.replace(/\n?\(\* mirage-composer: .*\*\)\n?$/, '\n');
  const [header, ...rest] = text.split('\n');
  return { header: header!, body: rest.join('\n').trim() };
}

describe('a config.ml written for Mirage 4.5', () => {
  const source = readFileSync(join(here, 'fixtures', 'fetch-4.5.config.ml'), 'utf8');
  const imported = async () => {
    const r = importConfigMl(source, await testParser());
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.design.mirage).toBe('4.5.1');
    return r.design;
  };

  it('migrates to 4.11.1: happy-eyeballs before the DNS client, no clocks, no stack keys', async () => {
    const r = migrateDesign(await imported(), '4.11.1');
    expect(r.ok).toBe(true);
    const c = configOf(r.design);
    expect(c.header).toMatch(/mirage >= 4\.11/);
    expect(c.body).toBe(
      [
        'open Mirage',
        '',
        'let net = default_network',
        'let stack = generic_stackv4v6 net',
        'let he = generic_happy_eyeballs stack',
        'let dns = generic_dns_client stack he',
        'let tcp = tcpv4v6_of_stackv4v6 stack',
        'let mimic = mimic_happy_eyeballs stack he dns',
        'let client = paf_client tcp mimic',
        '',
        'let main =',
        '  main "Unikernel.Make"',
        '    (alpn_client @-> job)',
        '',
        'let () =',
        '  register "fetch"',
        '    [ main $ client ]',
      ].join('\n'),
    );
    // The imported file keeps its layout (issue 8): only the bindings the migration changed are printed anew.
    // The same design without its source map is generated as a new file.
    expect(configOf({ ...r.design, source: undefined }).body).toBe(
      [
        'open Mirage',
        '',
        'let main = main "Unikernel.Make" (alpn_client @-> job)',
        '',
        'let net = default_network',
        'let stack = generic_stackv4v6 net',
        'let he = generic_happy_eyeballs stack',
        'let tcp = tcpv4v6_of_stackv4v6 stack',
        'let dns = generic_dns_client stack he',
        'let mimic = mimic_happy_eyeballs stack he dns',
        'let client = paf_client tcp mimic',
        '',
        'let () = register "fetch" [ main $ client ]',
      ].join('\n'),
    );
    const manual = r.entries.filter((e) => e.kind === 'manual').map((e) => e.text);
    expect(manual.some((t) => t.includes('`Mirage_sleep.ns` where it called `Time.sleep_ns`'))).toBe(true);
    expect(manual.some((t) => t.includes('--dns_timeout'))).toBe(true);
    expect(manual.some((t) => t.includes('--he_aaaa_timeout → --he-aaaa-timeout'))).toBe(true);
  });

  it('migrates to 4.8.2: the dependency reversed, clocks and stack keys kept', async () => {
    const r = migrateDesign(await imported(), '4.8.2');
    expect(r.ok).toBe(true);
    const c = configOf(r.design);
    expect(c.header).toMatch(/mirage >= 4\.8/);
    expect(c.body).toBe(
      [
        'open Mirage',
        '',
        'let net = default_network',
        'let stack = generic_stackv4v6 ~dhcp_key:(Key.value (Key.dhcp ())) ~net_key:(Key.value (Key.net ())) net',
        'let he = generic_happy_eyeballs stack',
        'let dns = generic_dns_client stack he',
        'let tcp = tcpv4v6_of_stackv4v6 stack',
        'let mimic = mimic_happy_eyeballs stack he dns',
        'let client = paf_client tcp mimic',
        '',
        'let main =',
        '  main "Unikernel.Make"',
        '    (time @-> pclock @-> mclock @-> alpn_client @-> job)',
        '',
        'let () =',
        '  register "fetch"',
        '    [ main $ default_time $ default_posix_clock $ default_monotonic_clock $ client ]',
      ].join('\n'),
    );
    expect(r.design.runtimeArgs).toEqual([]);
    expect(r.entries.every((e) => ['4.6.0', '4.8.0', '4.8.2', '4.8.1'].includes(e.release))).toBe(true);
  });
});
