import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject } from '../src/core/codegen/export';
import { design } from '../src/core/graph/builder';
import { MIRAGE_VERSIONS } from '../src/core/reference/types';
import { exampleDesigns } from './ocaml-check-cases';
import { migrationCases } from './ocaml-check-migrations';

describe('OCaml check cases for migrations', () => {
  it('migrates every older example up and back, the latest ones down to 4.8.2, and the 4.5 config.ml fixture', async () => {
    const { designs } = exampleDesigns(resolve(__dirname, '../public/examples'));
    const all = await migrationCases(designs, exportProject, MIRAGE_VERSIONS);
    expect(all.filter((c) => c.error).map((c) => `${c.config.name}: ${c.error}`)).toEqual([]);
    const names = all.map((c) => `${(c.config.design as { mirage?: string } | undefined)?.mirage}/${c.config.name}`);
    expect(names).toContain('4.11.1/migrated_legacy-4.8_up');
    expect(names).toContain('4.8.0/migrated_legacy-4.8_back');
    expect(names).toContain('4.8.2/migrated_https-client_down');
    expect(names).toContain('4.11.1/migrated_fetch_45_4_11_1');
    expect(names).toContain('4.8.2/migrated_fetch_45_4_8_2');
    for (const c of all) expect(c.config.source).toMatch(/^\(\* mirage >= /);
  });

  it('keeps only the releases asked for, and turns a result with errors into a failed case', async () => {
    const d = design('4.11.1').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').add('web', 'paf_server', { port: 80 }).wire('tcp', 'web').main('main', 'Unikernel.Make', ['http_server']).wire('web', 'main').register('main').build();
    const only = await migrationCases([{ file: 'x.json', design: { ...d, mirage: '4.3.1' }, versions: ['4.3.1'] }], exportProject, ['4.11.1']);
    expect(only.map((c) => c.config.name).filter((n) => n.startsWith('migrated_x'))).toEqual(['migrated_x_up']);
    expect(only.every((c) => (c.config.design as { mirage?: string } | undefined)?.mirage === '4.11.1')).toBe(true);
    const unregistered = design('4.8.0').add('t', 'default_time').main('main', 'Unikernel.Make', ['time']).wire('t', 'main').build();
    const bad = await migrationCases([{ file: 'y.json', design: unregistered, versions: ['4.8.0'] }], exportProject, ['4.11.1']);
    expect(bad.filter((c) => c.error).map((c) => c.config.name)).toEqual(['migrated_y_up']);
    expect(bad[0]!.error).toMatch(/^migration result has errors: .*MC020/);
  });
});
