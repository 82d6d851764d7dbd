import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import type { Design } from '../design/schema';
import { canonicalDesign } from '../graph/canonical';
import { MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';
import { versionFromHeader } from './version';
import { importConfigMl } from './import';
import type { OcamlParser } from './parser';
import { testParser } from './testing/nodeParser';

const ROOT = fileURLToPath(new URL('../../../ocaml/samples/', import.meta.url));
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
// Each sample states its releases in its header (`(* mirage >= X & < Y *)`); import reads it at the newest.
const samples = walk(ROOT)
  .filter((f) => f.endsWith('.ml'))
  .map((f) => ({ file: f.slice(ROOT.length), version: versionFromHeader(readFileSync(f, 'utf8')) as MirageVersion, bad: f.includes('/bad/') }));

/**
 * Bad samples whose mistake only the OCaml check sees (the release's warning policy, Key.Arg's types):
 * import reads them without an error today. The lead's validation may start flagging them (MC0xx for
 * deprecated values at 4.6–4.7, unused variables at 4.3.2–4.7.0); then move them out of this list.
 */
const OCAML_ONLY = new Set(['bad/etif_deprecated_4_6.ml', 'bad/key_arg_converter_4_5.ml', 'bad/unused_var_4_3_2.ml']);

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
  it('state a modelled release in their header and cover several API eras', () => {
    for (const s of samples) expect(MIRAGE_VERSIONS, s.file).toContain(s.version);
    expect(new Set(samples.map((s) => s.version)).size).toBeGreaterThanOrEqual(5);
  });

  for (const s of samples) {
    it(`${s.file}: ${OCAML_ONLY.has(s.file) ? 'imports (only the OCaml check sees its mistake)' : s.bad ? 'reports its mistake' : 'imports cleanly; import → export → import is stable'}`, () => {
      const src = readFileSync(join(ROOT, s.file), 'utf8');
      const first = read(src, s.version);
      expect(first.design.mirage).toBe(s.version);
      const problems = first.diagnostics.filter((d) => d.severity === 'error');
      if (s.bad && OCAML_ONLY.has(s.file)) {
        expect(problems).toEqual([]);
        return;
      }
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
