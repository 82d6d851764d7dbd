import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { testParser } from './testing/nodeParser';
import { exportProject } from '../codegen/export';
import { SIDECAR_FILE } from '../codegen/metadata';
import { arbitraryDesign } from '../graph/arbitrary';
import { canonicalDesign } from '../graph/canonical';
import { importConfigMl } from './import';
import type { OcamlParser } from './parser';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

describe('import(export(design)) round trip', () => {
  it('gives back the same design up to canonicalDesign, for random valid designs', () => {
    fc.assert(
      fc.property(arbitraryDesign({ shape: 'layered' }), (design) => {
        const files = exportProject(design);
        const text = files.find((f) => f.path === 'config.ml')!.contents;
        const r = importConfigMl(text, parser, { sidecar: files.find((f) => f.path === SIDECAR_FILE)!.contents });
        if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.diagnostics)}\n${text}`);
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        // Exactly the ocaml_code nodes are reported as kept.
        expect(r.kept.map((k) => k.name).sort()).toEqual(design.devices.filter((d) => d.device === 'ocaml_code').map((d) => d.name).sort());
        expect(canonicalDesign(r.design)).toEqual(canonicalDesign(design));
      }),
      { numRuns: 200 },
    );
  });
});
