// Cases of the OCaml check for config.ml printed into the text it was read from (src/core/preserve): the
// hand-written corpus as read, each file after edits, and random designs exported → read back → edited.
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
import { configOf } from './ocaml-check-cases';
import type { Case } from './ocaml-check-lib';

/** The design `edit` makes of a copy of `d`, with what the edit was. */
function edited(d: Design, pick: number): { design: Design; kind: string } | null {
  const e = chooseEdit(d, pick);
  if (!e) return null;
  const design = structuredClone(d);
  e.apply(design);
  return { design, kind: e.kind };
}

/** Up to `edits` edited versions of a design read from config.ml, as cases (each must compile). */
function editCases(d: Design, name: string, origin: string, edits: number): { cases: Case[]; errors: Case[] } {
  const cases: Case[] = [];
  const errors: Case[] = [];
  for (let pick = 0; pick < edits; pick++) {
    const e = edited(d, pick * 7 + 1);
    if (!e) continue;
    const { source, error } = configOf(exportProject, e.design);
    const c: Case = { version: d.mirage, name: `${name}_edit${pick}`, source: error ?? source, expect: 'ok', origin: `${origin}, then ${e.kind}`, design: e.design };
    (error ? errors : cases).push(c);
  }
  return { cases, errors };
}

/** The corpus files of src/core/preserve/corpus as read, and after edits. */
export function corpusCases(dir: string, parser: OcamlParser, versions: readonly MirageVersion[], edits = 6): { cases: Case[]; errors: Case[] } {
  const cases: Case[] = [];
  const errors: Case[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ml')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const r = importConfigMl(text, parser);
    const name = `corpus_${f.replace(/\.ml$/, '')}`;
    if (!r.ok) {
      errors.push({ version: versions[0]!, name, source: `import failed: ${JSON.stringify(r.diagnostics)}`, expect: 'ok', origin: join(dir, f) });
      continue;
    }
    if (!versions.includes(r.design.mirage)) continue;
    cases.push({ version: r.design.mirage, name, source: text, expect: 'ok', origin: join(dir, f) });
    const e = editCases(r.design, name, join(dir, f), edits);
    cases.push(...e.cases);
    errors.push(...e.errors);
  }
  return { cases, errors };
}

/** `n` random valid designs per version: exported, read back (keeping the text), edited once, printed into that text. */
export function readBackCases(parser: OcamlParser, versions: readonly MirageVersion[], n: number, seed: number): { cases: Case[]; errors: Case[] } {
  const cases: Case[] = [];
  const errors: Case[] = [];
  for (const version of versions) {
    randomDesigns(n, seed + 1, { versions: [version], valid: true }).designs.forEach((d, i) => {
      const files = exportProject(d);
      const text = files.find((f) => f.path === 'config.ml')!.contents;
      const r = importConfigMl(text, parser, { sidecar: files.find((f) => f.path === SIDECAR_FILE)!.contents });
      const name = `readback_${i}`;
      if (!r.ok) {
        errors.push({ version, name, source: `import failed: ${JSON.stringify(r.diagnostics)}`, expect: 'ok', origin: `random design #${i}, seed ${seed + 1}`, design: d });
        return;
      }
      const e = editCases(r.design, name, `random design #${i}, seed ${seed + 1}, read back`, 1);
      cases.push(...e.cases);
      errors.push(...e.errors);
    });
  }
  return { cases, errors };
}
