// The cases of the OCaml check: hand-written samples (ocaml/samples), the example designs
// (public/examples) and random valid designs, each exported to config.ml with `exportProject`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Design, DesignSchema } from '../src/core/design/schema';
import { randomDesigns } from '../src/core/graph/arbitrary';
import { MIRAGE_VERSIONS, type MirageVersion } from '../src/core/reference/types';
import type { Case } from './ocaml-check-lib';

/** Samples of every version: `<v>/*.ml` must compile, `<v>/bad/*.ml` must not. */
export function sampleCases(root: string, versions: readonly MirageVersion[]): Case[] {
  const out: Case[] = [];
  for (const version of versions) {
    for (const [sub, expect] of [['', 'ok'], ['bad', 'fail']] as const) {
      const dir = join(root, version, sub);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.ml')).sort()) {
        const name = `sample_${sub ? 'bad_' : ''}${f.replace(/\.ml$/, '')}`;
        out.push({ version, name, source: readFileSync(join(dir, f), 'utf8'), expect, origin: join(dir, f) });
      }
    }
  }
  return out;
}

export interface ExampleDesign {
  file: string;
  design: Design;
  /** Its own version plus any listed in a `checkVersions` field of the file. */
  versions: MirageVersion[];
}

/** The designs of public/examples/*.json (files that are not designs, like index.json, are skipped). */
export function exampleDesigns(dir: string): { designs: ExampleDesign[]; problems: string[] } {
  const designs: ExampleDesign[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { designs, problems };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      problems.push(`${f}: not JSON (${String(e)})`);
      continue;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('format' in raw)) continue;
    const { checkVersions, ...rest } = raw as Record<string, unknown>;
    const parsed = DesignSchema.safeParse(rest);
    if (!parsed.success) {
      problems.push(`${f}: not a valid design (${parsed.error.issues[0]?.message ?? 'schema'})`);
      continue;
    }
    const extra = Array.isArray(checkVersions)
      ? checkVersions.filter((v): v is MirageVersion => (MIRAGE_VERSIONS as readonly string[]).includes(v as string))
      : [];
    designs.push({ file: f, design: parsed.data, versions: [...new Set([parsed.data.mirage, ...extra])] });
  }
  return { designs, problems };
}

type ExportFn = (d: Design) => { path: string; contents: string }[];

/** config.ml of a design via exportProject; a throw or a missing config.ml becomes the case's text. */
export function configOf(exportProject: ExportFn, d: Design): { source: string; error?: string } {
  try {
    const file = exportProject(d).find((f) => f.path === 'config.ml' || f.path.endsWith('/config.ml'));
    return file ? { source: file.contents } : { source: '', error: 'exportProject returned no config.ml' };
  } catch (e) {
    return { source: '', error: `exportProject threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}` };
  }
}

/** Example cases: each example exported for each of its versions. */
export function exampleCases(examples: readonly ExampleDesign[], exportProject: ExportFn, versions: readonly MirageVersion[]): { cases: Case[]; errors: Case[] } {
  const cases: Case[] = [];
  const errors: Case[] = [];
  for (const ex of examples) {
    for (const version of ex.versions.filter((v) => versions.includes(v))) {
      const d = { ...ex.design, mirage: version };
      const { source, error } = configOf(exportProject, d);
      const c: Case = { version, name: `example_${ex.file.replace(/\.json$/, '')}`, source: error ?? source, expect: 'ok', origin: `public/examples/${ex.file} @ ${version}`, design: d };
      (error ? errors : cases).push(c);
    }
  }
  return { cases, errors };
}

/** `n` random valid designs per version from `seed`, exported. */
export function randomCases(exportProject: ExportFn, versions: readonly MirageVersion[], n: number, seed: number): { cases: Case[]; errors: Case[]; rejected: number } {
  const cases: Case[] = [];
  const errors: Case[] = [];
  let rejected = 0;
  for (const version of versions) {
    const r = randomDesigns(n, seed, { versions: [version], valid: true });
    rejected += r.rejected;
    r.designs.forEach((d, i) => {
      const { source, error } = configOf(exportProject, d);
      const c: Case = { version, name: `random_${i}`, source: error ?? source, expect: 'ok', origin: `random design #${i}, seed ${seed}; design saved as c_random_${i}.json`, design: d };
      (error ? errors : cases).push(c);
    });
  }
  return { cases, errors, rejected };
}
