import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportProject } from '../codegen/export';
import { SIDECAR_FILE } from '../codegen/metadata';
import { loadDesign } from '../design/load';
import { canonicalDesign } from '../graph/canonical';
import { importConfigMl } from './import';
import type { OcamlParser } from './parser';
import { testParser } from './testing/nodeParser';

const DIR = fileURLToPath(new URL('../../../public/examples/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

describe('example designs survive export → import unchanged', () => {
  it('there are examples to check', () => expect(files.length).toBeGreaterThan(5));

  for (const f of files) {
    it(f, () => {
      const loaded = loadDesign(readFileSync(DIR + f, 'utf8'));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
      const files = exportProject(loaded.design);
      const at = (path: string) => files.find((x) => x.path === path)!.contents;
      const r = importConfigMl(at('config.ml'), parser, { sidecar: at(SIDECAR_FILE) });
      if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.kept).toEqual([]);
      expect(canonicalDesign(r.design)).toEqual(canonicalDesign(loaded.design));
      // And the design read back prints its config.ml byte for byte.
      expect(exportProject(r.design).find((x) => x.path === 'config.ml')!.contents).toBe(at('config.ml'));
    });
  }
});
