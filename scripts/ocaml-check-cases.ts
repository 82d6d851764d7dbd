// The cases of the OCaml check: hand-written samples (ocaml/samples), and exported projects — the
// example designs (public/examples) and random valid designs — each exported with `exportProject`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDesign } from '../src/core/codegen/prepare';
import { type Design, DesignSchema } from '../src/core/design/schema';
import { randomDesigns } from '../src/core/graph/arbitrary';
import { MIRAGE_VERSIONS, type MirageVersion } from '../src/core/reference/types';
import type { ConfigCase } from './ocaml-check-config';
import type { ProjectCase } from './ocaml-check-unikernel';

/** Samples: `*.ml` must compile in their header's range and fail just after it; `bad/*.ml` must fail in it. */
export function sampleCases(root: string): ConfigCase[] {
  const out: ConfigCase[] = [];
  for (const [sub, expect] of [['', 'ok'], ['bad', 'fail']] as const) {
    const dir = join(root, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ml')).sort()) {
      const name = `sample_${sub ? 'bad_' : ''}${f.replace(/\.ml$/, '')}`;
      out.push({ name, source: readFileSync(join(dir, f), 'utf8'), expect, origin: join(dir, f), ...(expect === 'ok' ? { checkOutside: true } : {}) });
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

/** An exported project: its config case and its project case, or the error text when export failed. */
export interface Exported {
  config: ConfigCase;
  project?: ProjectCase;
  error?: string;
}

/** Exports a design: config.ml becomes a config case, the .ml units (with config.ml) a project case. */
export function exportCase(exportProject: ExportFn, d: Design, name: string, origin: string): Exported {
  let files: { path: string; contents: string }[];
  try {
    files = exportProject(d);
  } catch (e) {
    const error = `exportProject threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    return { config: { name, source: '', origin, expect: 'ok', design: d }, error };
  }
  const config = files.find((f) => f.path === 'config.ml');
  if (!config) return { config: { name, source: '', origin, expect: 'ok', design: d }, error: 'exportProject returned no config.ml' };
  const units = files.filter((f) => f.path.endsWith('.ml') && f.path !== 'config.ml' && !f.path.includes('/')).map((f) => ({ name: f.path, contents: f.contents }));
  const c: ConfigCase = { name, source: config.contents, origin, expect: 'ok', design: d };
  return { config: c, project: { name, origin, design: prepareDesign(d), config: config.contents, units } };
}

/** Example projects: each example exported for each of its versions. */
export function exampleCases(examples: readonly ExampleDesign[], exportProject: ExportFn, versions: readonly MirageVersion[]): Exported[] {
  return examples.flatMap((ex) =>
    ex.versions.filter((v) => versions.includes(v)).map((v) => exportCase(exportProject, { ...ex.design, mirage: v }, `example_${ex.file.replace(/\.json$/, '')}_${v}`, `public/examples/${ex.file} @ ${v}`)),
  );
}

/** `n` random valid designs per version from `seed`, exported. */
export function randomCases(exportProject: ExportFn, versions: readonly MirageVersion[], n: number, seed: number): { cases: Exported[]; rejected: number } {
  const cases: Exported[] = [];
  let rejected = 0;
  for (const version of versions) {
    const r = randomDesigns(n, seed, { versions: [version], valid: true });
    rejected += r.rejected;
    r.designs.forEach((d, i) => cases.push(exportCase(exportProject, d, `random_${version}_${i}`, `random design #${i} of ${version}, seed ${seed}`)));
  }
  return { cases, rejected };
}
