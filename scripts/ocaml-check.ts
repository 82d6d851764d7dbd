// `npm run test:ocaml` (and `npm test`): the proof that exported projects build with the real `mirage`
// of every release their config.ml header admits.
// 1. config.ml: samples (ocaml/samples; bad ones must fail; good ones must also fail just after their
//    range), every example design of public/examples and N random valid designs per release, exported
//    with exportProject, compiled against ocaml/sigs/<release> for every release of the header's range
//    (once per distinct interface set and warning policy, see ocaml-flags.ts).
// 2. unikernel.ml + main.ml: every exported project's units with the main.ml each release of the range
//    writes, against stubs generated from the facts (ocaml-check-unikernel.ts).
// Exported projects include config.ml printed into the text it was read from (ocaml-check-preserved.ts).
// Files go to .tmp/ocaml-check/<group>/. Exit 1 on any failure.
//   options: --n <random designs per release, default 60>  --seed <default 1>  --version <v>  --samples-only
//            --details <failure blocks to print, default 25>  --jobs <ocamlc processes at once, default 2>
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportProject } from '../src/core/codegen/export';
import { reference } from '../src/core/reference/api';
import { MIRAGE_VERSIONS, type MirageVersion } from '../src/core/reference/types';
import { SIG_ORDER } from './mirage-sigs';
import { type ConfigCase, planConfigs } from './ocaml-check-config';
import { type Exported, exampleCases, exampleDesigns, randomCases, sampleCases } from './ocaml-check-cases';
import { migrationCases } from './ocaml-check-migrations';
import { corpusCases, readBackCases } from './ocaml-check-preserved';
import { testParser } from '../src/core/import/testing/nodeParser';
import { type SigFile, ocamlcVersion, pool } from './ocaml-check-lib';
import { type AnyOutcome, failureClasses, formatOutcome } from './ocaml-check-report';
import { runGroup } from './ocaml-check-run';
import { type ProjectCase, planUnikernels } from './ocaml-check-unikernel';

const { values: opts } = parseArgs({
  options: {
    n: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    version: { type: 'string' },
    'samples-only': { type: 'boolean', default: false },
    details: { type: 'string', default: '25' },
    jobs: { type: 'string', default: '2' },
  },
});

/** The committed interfaces of ocaml/sigs/<v>, in compile order (missing files make the group fail). */
function committedSigs(v: MirageVersion): SigFile[] {
  const dir = resolve('ocaml/sigs', v);
  const present = new Set(readdirSync(dir));
  return SIG_ORDER.filter((f) => present.has(f)).map((name) => ({ name, contents: readFileSync(join(dir, name), 'utf8') }));
}

async function main(): Promise<number> {
  const root = resolve('.tmp/ocaml-check');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
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
  const configs: ConfigCase[] = sampleCases(resolve('ocaml/samples'));
  const projects: ProjectCase[] = [];
  const fails: AnyOutcome[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  if (!opts['samples-only']) {
    const ex = exampleDesigns(resolve('public/examples'));
    notes.push(...ex.problems.map((p) => `example skipped: ${p}`));
    const exported: Exported[] = exampleCases(ex.designs, exportProject, versions);
    const r = randomCases(exportProject, versions, Number(opts.n), Number(opts.seed));
    const m = await migrationCases(ex.designs, exportProject, versions);
    // config.ml printed into the text it was read from: the hand-written corpus (as read, and edited), random designs read back and edited.
    const parser = await testParser();
    const p = [...corpusCases(resolve('src/core/preserve/corpus'), parser, versions), ...readBackCases(parser, versions, Math.max(1, Math.round(Number(opts.n) / 6)), Number(opts.seed))];
    exported.push(...r.cases, ...m, ...p);
    for (const e of exported) {
      if (e.error) errors.push(`✗ ${e.config.name} (${e.config.origin}): ${e.error}`);
      else configs.push(e.config);
      if (e.project) projects.push(e.project);
    }
    notes.push(`${exported.length - r.cases.length - m.length - p.length} example exports, ${m.length} migrated designs, ${r.cases.length} random designs (${r.rejected} invalid ones discarded), ${p.length} config.ml kept as read (corpus as read and edited, random designs read back and edited)`);
  }
  const tExport = Date.now();

  const plan = planConfigs(configs, versions, committedSigs);
  for (const p of plan.problems) errors.push(`✗ config.ml ${p.case.name} (${p.case.origin}): ${p.error}`);
  let passed = 0;
  const perGroup: string[] = [];
  const jobs = Number(opts.jobs);
  const configOut = await pool(plan.groups.map((g) => () => runGroup(root, g)), jobs);
  for (const [i, g] of plan.groups.entries()) {
    const out = configOut[i]!;
    for (const o of out) if (o.job.meta.case.design !== undefined) writeFileSync(join(root, g.id, o.job.files[0]!.name.replace(/\.ml$/, '.json')), JSON.stringify(o.job.meta.case.design, null, 2) + '\n');
    passed += out.filter((o) => o.passed).length;
    fails.push(...out.filter((o) => !o.passed).map((o) => ({ kind: 'config' as const, o })));
    perGroup.push(`${(plan.releasesOf.get(g.id) ?? []).join('/')}: ${out.filter((o) => o.passed).length}/${out.length}`);
  }
  const tConfig = Date.now();

  const ugroups = planUnikernels(reference, projects, versions);
  let uPassed = 0;
  let uJobs = 0;
  const uNotes = new Map<string, { jobs: number; releases: Set<string> }>();
  const unikernelOut = await pool(ugroups.map((g) => () => runGroup(root, g)), jobs);
  for (const out of unikernelOut) {
    uJobs += out.length;
    uPassed += out.filter((o) => o.passed).length;
    fails.push(...out.filter((o) => !o.passed).map((o) => ({ kind: 'unikernel' as const, o })));
    for (const o of out) {
      for (const n of o.job.meta.notes) {
        const u = uNotes.get(n) ?? { jobs: 0, releases: new Set<string>() };
        u.jobs++;
        o.job.meta.releases.forEach((r) => u.releases.add(r));
        uNotes.set(n, u);
      }
    }
  }
  const tUnikernel = Date.now();

  const details = Number(opts.details);
  for (const a of fails.slice(0, details)) console.log(formatOutcome(a) + '\n');
  if (fails.length > details) console.log(`… ${fails.length - details} more failing jobs (--details N prints more); all are under .tmp/ocaml-check/\n`);
  for (const e of errors) console.log(e);
  if (fails.length) console.log(`ocaml-check: failure classes (same OCaml error):\n${failureClasses(fails).join('\n')}`);
  console.log('ocaml-check: config.ml header ranges (configs → releases compiled):');
  for (const [range, r] of [...plan.ranges].sort((a, b) => b[1].cases - a[1].cases)) console.log(`  ${range}: ${r.cases} configs × ${r.releases.join(' ')}`);
  console.log(`ocaml-check: config.ml per interface set (releases: passed/jobs): ${perGroup.join(', ')}`);
  console.log(`ocaml-check: unikernel.ml + main.ml: ${uPassed}/${uJobs} jobs passed over ${ugroups.length} stub sets, ${projects.length} projects`);
  for (const [n, u] of uNotes) console.log(`ocaml-check: note (${u.jobs} jobs; ${[...u.releases].join(' ')}): ${n}`);
  for (const note of notes) console.log(`ocaml-check: ${note}`);
  const s = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)}s`;
  console.log(`ocaml-check: ocamlc ${version}; export ${s(t0, tExport)}, config.ml ${s(tExport, tConfig)}, unikernel ${s(tConfig, tUnikernel)}, total ${s(t0, Date.now())}; files in .tmp/ocaml-check/`);
  const failed = fails.length + errors.length;
  console.log(`ocaml-check: ${passed + uPassed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
