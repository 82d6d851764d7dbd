import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design } from '../src/core/graph/builder';
import { MIRAGE_VERSIONS } from '../src/core/reference/types';
import { configOf, exampleCases, exampleDesigns, sampleCases } from './ocaml-check-cases';

describe('OCaml check cases', () => {
  it('finds good and bad samples for every release that has a samples folder', () => {
    const root = resolve(__dirname, '../ocaml/samples');
    const cases = sampleCases(root, MIRAGE_VERSIONS);
    const withSamples = MIRAGE_VERSIONS.filter((v) => readdirSync(root).includes(v));
    expect(withSamples.length).toBeGreaterThanOrEqual(6);
    for (const v of withSamples) {
      expect(cases.filter((c) => c.version === v && c.expect === 'ok').length).toBeGreaterThanOrEqual(4);
      expect(cases.filter((c) => c.version === v && c.expect === 'fail').length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(cases.map((c) => `${c.version}/${c.name}`)).size).toBe(cases.length);
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
      const { cases } = exampleCases(designs, (x) => (seen.push(x.mirage), [{ path: 'config.ml', contents: `(* ${x.mirage} *)` }]), MIRAGE_VERSIONS);
      expect(seen).toEqual(['4.8.0', '4.10.2']);
      expect(cases.map((c) => [c.version, c.source])).toEqual([['4.8.0', '(* 4.8.0 *)'], ['4.10.2', '(* 4.10.2 *)']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns an exportProject that throws or gives no config.ml into an error', () => {
    const d = design().build();
    expect(configOf(() => { throw new Error('boom'); }, d).error).toMatch(/exportProject threw: Error: boom/);
    expect(configOf(() => [{ path: 'README.md', contents: '' }], d).error).toBe('exportProject returned no config.ml');
    expect(configOf(() => [{ path: 'config.ml', contents: 'x' }], d)).toEqual({ source: 'x' });
  });
});
