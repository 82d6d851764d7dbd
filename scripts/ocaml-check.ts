// `npm run test:ocaml` (and `npm test`): the proof that exported config.ml files are valid OCaml
// against the Mirage module of their version. Compiles (a) the samples of ocaml/samples (bad ones must
// fail), (b) every example design of public/examples exported with exportProject, (c) N random valid
// designs per version. Files go to .tmp/ocaml-check/<version>/. Exit 1 on any failure.
//   options: --n <random designs per version, default 60>  --seed <default 1>  --version <v>  --samples-only
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportProject } from '../src/core/codegen/export';
import { MIRAGE_VERSIONS } from '../src/core/reference/types';
import { exampleCases, exampleDesigns, randomCases, sampleCases } from './ocaml-check-cases';
import { migrationCases } from './ocaml-check-migrations';
import { type Case, type Outcome, checkVersion, compileSigs, formatFailure, ocamlc, ocamlcVersion } from './ocaml-check-lib';

const { values: opts } = parseArgs({
  options: {
    n: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    version: { type: 'string' },
    'samples-only': { type: 'boolean', default: false },
  },
});

async function main(): Promise<number> {
  const t0 = Date.now();
  const version = ocamlcVersion();
  if (!version) {
    console.error('\n*** ocaml-check: `ocamlc` is not installed. Run `bash scripts/setup-system.sh` (installs ocaml-nox). ***\n');
    return 2;
  }
  const versions = opts.version ? MIRAGE_VERSIONS.filter((v) => v === opts.version) : [...MIRAGE_VERSIONS];
  if (versions.length === 0) {
    console.error(`ocaml-check: unknown version ${opts.version}`);
    return 2;
  }
  const n = Number(opts.n);
  const seed = Number(opts.seed);
  const cases: Case[] = sampleCases(resolve('ocaml/samples'), versions);
  const failed: Outcome[] = [];
  const notes: string[] = [];
  if (!opts['samples-only']) {
    const ex = exampleDesigns(resolve('public/examples'));
    notes.push(...ex.problems.map((p) => `example skipped: ${p}`));
    const e = exampleCases(ex.designs, exportProject, versions);
    const r = randomCases(exportProject, versions, n, seed);
    const m = await migrationCases(ex.designs, exportProject, versions);
    cases.push(...e.cases, ...r.cases, ...m.cases);
    for (const c of [...e.errors, ...r.errors, ...m.errors]) failed.push({ case: { ...c, source: '' }, passed: false, error: c.source });
    notes.push(`${e.cases.length + e.errors.length} example exports, ${m.cases.length + m.errors.length} migrated designs, ${r.cases.length + r.errors.length} random designs (${r.rejected} invalid ones discarded)`);
  }
  const root = resolve('.tmp/ocaml-check');
  rmSync(root, { recursive: true, force: true });
  let passed = 0;
  const perVersion: string[] = [];
  for (const v of versions) {
    const sigDir = join(root, v, '_sigs');
    const sigs = compileSigs(resolve('ocaml/sigs', v), sigDir);
    const mine = cases.filter((c) => c.version === v);
    if (!sigs.ok) {
      failed.push({ case: { version: v, name: 'signatures', source: '', expect: 'ok', origin: `ocaml/sigs/${v}` }, passed: false, error: sigs.output || 'missing .mli files; run npm run gen:sigs' });
      continue;
    }
    const outcomes = checkVersion(join(root, v), mine, ocamlc(sigDir));
    const ok = outcomes.filter((o) => o.passed).length;
    passed += ok;
    failed.push(...outcomes.filter((o) => !o.passed));
    perVersion.push(`${v}: ${ok}/${outcomes.length}`);
  }
  for (const f of failed) console.log(formatFailure(f) + '\n');
  for (const note of notes) console.log(`ocaml-check: ${note}`);
  console.log(`ocaml-check: ocamlc ${version}; ${perVersion.join(', ')}; ${((Date.now() - t0) / 1000).toFixed(1)}s; files in .tmp/ocaml-check/`);
  console.log(`ocaml-check: ${passed} passed, ${failed.length} failed`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
