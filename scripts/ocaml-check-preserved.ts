// Cases of the OCaml check for config.ml printed into the text it was read from (src/core/preserve): the
// hand-written corpus as read, each file after edits, and random designs exported → read back → edited.
// Each is compiled at every release its header admits (the user's range is kept), like every other case.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportProject } from '../src/core/codegen/export';
import { SIDECAR_FILE } from '../src/core/codegen/metadata';
import type { Design } from '../src/core/design/schema';
import { randomDesigns } from '../src/core/graph/arbitrary';
import { importConfigMl } from '../src/core/import/import';
import type { OcamlParser } from '../src/core/import/parser';
import { chooseEdit } from '../src/core/preserve/testing';
import type { MirageVersion } from '../src/core/reference/types';
import { type Exported, exportCase } from './ocaml-check-cases';

/** Up to `edits` edited versions of a design read from config.ml (each a different random edit), exported. */
function editCases(d: Design, name: string, origin: string, edits: number): Exported[] {
  const out: Exported[] = [];
  for (let k = 0; k < edits; k++) {
    const e = chooseEdit(d, k * 7 + 1);
    if (!e) continue;
    const design = structuredClone(d);
    e.apply(design);
    out.push(exportCase(exportProject, design, `${name}_edit${k}`, `${origin}, then ${e.kind}`));
  }
  return out;
}

/** The files of src/core/preserve/corpus as read (the config.ml itself), and after edits. */
export function corpusCases(dir: string, parser: OcamlParser, versions: readonly MirageVersion[], edits = 6): Exported[] {
  const out: Exported[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ml')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const name = `corpus_${f.replace(/\.ml$/, '')}`;
    const r = importConfigMl(text, parser);
    if (!r.ok) {
      out.push({ config: { name, source: text, origin: join(dir, f), expect: 'ok' }, error: `import failed: ${JSON.stringify(r.diagnostics)}` });
      continue;
    }
    if (!versions.includes(r.design.mirage)) continue;
    out.push({ config: { name, source: text, origin: join(dir, f), expect: 'ok' } }, ...editCases(r.design, name, join(dir, f), edits));
  }
  return out;
}

/** `n` random valid designs per release: exported, read back (keeping the text), edited once, printed into that text. */
export function readBackCases(parser: OcamlParser, versions: readonly MirageVersion[], n: number, seed: number): Exported[] {
  const out: Exported[] = [];
  for (const version of versions) {
    randomDesigns(n, seed + 1, { versions: [version], valid: true }).designs.forEach((d, i) => {
      const files = exportProject(d);
      const text = files.find((f) => f.path === 'config.ml')!.contents;
      const r = importConfigMl(text, parser, { sidecar: files.find((f) => f.path === SIDECAR_FILE)!.contents });
      const name = `readback_${version}_${i}`;
      const origin = `random design #${i} of ${version}, seed ${seed + 1}, read back`;
      if (!r.ok) out.push({ config: { name, source: text, origin, expect: 'ok', design: d }, error: `import failed: ${JSON.stringify(r.diagnostics)}` });
      else out.push(...editCases(r.design, name, origin, 1));
    });
  }
  return out;
}
