import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design } from '../src/core/graph/builder';
import { MIRAGE_VERSIONS } from '../src/core/reference/types';
import { exampleCases, exampleDesigns, exportCase, sampleCases } from './ocaml-check-cases';
import { planConfigs } from './ocaml-check-config';
import { parseHeader } from './ocaml-check-ranges';

describe('OCaml check cases', () => {
  it('finds good and bad samples, each with a version header', () => {
    const cases = sampleCases(resolve(__dirname, '../ocaml/samples'));
    const good = cases.filter((c) => c.expect === 'ok');
    const bad = cases.filter((c) => c.expect === 'fail');
    expect(good.length).toBeGreaterThanOrEqual(15);
    expect(bad.length).toBeGreaterThanOrEqual(25);
    for (const c of cases) expect(parseHeader(c.source), c.origin).not.toHaveProperty('error');
    expect(good.every((c) => c.checkOutside)).toBe(true);
    expect(bad.some((c) => c.checkOutside)).toBe(false);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('reads example designs, honours checkVersions and reports files that are not designs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'examples-'));
    try {
      const d = design('4.8.0').main('main', 'Unikernel.Main', []).register('main').build();
      writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...d, checkVersions: ['4.10.2', '4.8.0', 'nope'] }));
      writeFileSync(join(dir, 'index.json'), JSON.stringify([{ id: 'a' }]));
      writeFileSync(join(dir, 'broken.json'), JSON.stringify({ format: 1, devices: 3 }));
      const { designs, problems } = exampleDesigns(dir);
      expect(designs.map((x) => [x.file, x.versions])).toEqual([['a.json', ['4.8.0', '4.10.2']]]);
      expect(problems.length).toBe(1);
      expect(problems[0]).toMatch(/^broken\.json: not a valid design/);
      const seen: string[] = [];
      const out = exampleCases(designs, (x) => (seen.push(x.mirage), [{ path: 'config.ml', contents: `(* ${x.mirage} *)` }]), MIRAGE_VERSIONS);
      expect(seen).toEqual(['4.8.0', '4.10.2']);
      expect(out.map((c) => [c.config.name, c.config.source])).toEqual([['example_a_4.8.0', '(* 4.8.0 *)'], ['example_a_4.10.2', '(* 4.10.2 *)']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns an export into a config case and a project case with its OCaml units; failures become errors', () => {
    const d = design().build();
    expect(exportCase(() => { throw new Error('boom'); }, d, 'x', 'test').error).toMatch(/exportProject threw: Error: boom/);
    expect(exportCase(() => [{ path: 'README.md', contents: '' }], d, 'x', 'test').error).toBe('exportProject returned no config.ml');
    const e = exportCase(() => [{ path: 'config.ml', contents: 'c' }, { path: 'unikernel.ml', contents: 'u' }, { path: 'build.sh', contents: 'b' }], d, 'x', 'test');
    expect(e.config).toMatchObject({ name: 'x', source: 'c', expect: 'ok' });
    expect(e.project!.units).toEqual([{ name: 'unikernel.ml', contents: 'u' }]);
  });
});

describe('planConfigs', () => {
  /** Fake interfaces: 4.10.x share one set, every other release has its own. */
  const sigs = (v: string) => [{ name: 'mirage.mli', contents: v.startsWith('4.10.') ? 'type a' : `type b (* ${v} *)` }];
  const c = (name: string, source: string, extra = {}) => ({ name, source, origin: 'test', expect: 'ok' as const, ...extra });

  it('compiles each case once per interface set of its range, and a sample once more just after it', () => {
    const plan = planConfigs(
      [c('wide', '(* mirage >= 4.9.0 & < 4.11.0 *)\n'), c('sample', '(* mirage >= 4.10.0 & < 4.11.0 *)\n', { checkOutside: true })],
      MIRAGE_VERSIONS,
      sigs,
    );
    const jobs = plan.groups.flatMap((g) => g.jobs.map((j) => [g.id.replace(/-[0-9a-f]+$/, ''), j.meta.case.name, j.expect, j.meta.releases.join(' ')]));
    expect(jobs.filter(([, n]) => n === 'wide')).toEqual([
      ['config-4.9.0', 'wide', 'ok', '4.9.0'],
      ['config-4.10.0', 'wide', 'ok', '4.10.0 4.10.1 4.10.2 4.10.3 4.10.4 4.10.5 4.10.6'],
    ]);
    expect(jobs).toContainEqual(['config-4.11.0', 'sample', 'fail', '4.11.0']);
    expect(plan.ranges.get('>= 4.10.0 & < 4.11.0')).toEqual({ cases: 1, releases: ['4.10.0', '4.10.1', '4.10.2', '4.10.3', '4.10.4', '4.10.5', '4.10.6'] });
  });

  it('reports configs without a usable header instead of compiling them', () => {
    const plan = planConfigs([c('none', 'open Mirage\n'), c('empty', '(* mirage >= 4.10.7 & < 4.11.0 *)\n')], MIRAGE_VERSIONS, sigs);
    expect(plan.problems.map((p) => [p.case.name, p.error])).toEqual([
      ['none', expect.stringMatching(/not a version header/)],
      ['empty', expect.stringMatching(/no modelled release/)],
    ]);
    expect(plan.groups).toEqual([]);
  });
});
