import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import type { Design } from '../design/schema';
import { canonicalDesign } from '../graph/canonical';
import { MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';
import { importConfigMl } from './import';
import type { OcamlParser } from './parser';
import { testParser } from './testing/nodeParser';

const ROOT = fileURLToPath(new URL('../../../ocaml/samples/', import.meta.url));
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const samples = walk(ROOT)
  .filter((f) => f.endsWith('.ml'))
  .map((f) => ({ file: f.slice(ROOT.length), version: f.slice(ROOT.length).split('/')[0] as MirageVersion, bad: f.includes('/bad/') }))
  .filter((s) => (MIRAGE_VERSIONS as readonly string[]).includes(s.version));

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

function read(source: string, version?: MirageVersion) {
  const r = importConfigMl(source, parser, version ? { fallbackVersion: version } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}

/** Devices as (device, params) regardless of binding names: export may rename bindings that hide Mirage values. */
const shape = (d: Design) => canonicalDesign(d).devices.map((x) => JSON.stringify([x.device, x.params])).sort();

describe('hand-written config.ml samples (ocaml/samples)', () => {
  it('exist for every supported version', () => {
    expect(new Set(samples.map((s) => s.version)).size).toBeGreaterThanOrEqual(5);
  });

  for (const s of samples) {
    it(`${s.file}: ${s.bad ? 'reports its mistake' : 'imports cleanly; import → export → import is stable'}`, () => {
      const src = readFileSync(join(ROOT, s.file), 'utf8');
      const first = read(src, s.version);
      expect(first.design.mirage).toBe(s.version);
      const problems = first.diagnostics.filter((d) => d.severity === 'error');
      if (s.bad) {
        // A broken file: the mistake is reported, and its export still reads back.
        expect(problems.length).toBeGreaterThan(0);
        expect(printConfigMl(first.design).text).toBe(src);
        const { source: _, ...fresh } = first.design;
        expect(importConfigMl(printConfigMl(fresh).text, parser).ok).toBe(true);
        return;
      }
      expect(problems).toEqual([]);
      // Untouched, the file comes back byte for byte.
      expect(printConfigMl(first.design).text).toBe(src);
      // Written anew (no source kept), it reads back as the same graph; after that the design is a fixpoint.
      const { source: _, ...fresh } = first.design;
      const second = read(printConfigMl(fresh).text, s.version);
      expect(shape(second.design)).toEqual(shape(first.design));
      expect(second.design.wires).toHaveLength(first.design.wires.length);
      const { source: __, ...again } = second.design;
      const third = read(printConfigMl(again).text, s.version);
      expect(canonicalDesign(third.design)).toEqual(canonicalDesign(second.design));
    });
  }
});
