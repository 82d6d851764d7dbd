// Compiles jobs grouped by interface set: every group's stubs are compiled once into <dir>/_sigs, then
// its jobs' files in as few ocamlc runs as possible. A job passes when it compiles (`ok`) or when
// OCaml rejects it (`fail`, e.g. a bad sample or a release just outside a sample's range).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Compile, type SigFile, compileAll, compileSigs, ocamlc } from './ocaml-check-lib';

export interface Job<M> {
  /** Files written into the group directory and compiled in this order (unit names must be unique in the group). */
  files: SigFile[];
  expect: 'ok' | 'fail';
  meta: M;
}

export interface Group<M> {
  /** Directory name under the check's root. */
  id: string;
  sigs: SigFile[];
  flags: string[];
  jobs: Job<M>[];
}

export interface JobOutcome<M> {
  job: Job<M>;
  group: Group<M>;
  passed: boolean;
  /** The compiler's message (or why the job could not run). */
  error?: string;
  /** The file the error is in, under the group directory. */
  file?: string;
}

export type CompileFactory = (sigDir: string, flags: readonly string[]) => Compile;

/** Runs one group under `root`; never rejects for compile errors, they become outcomes. */
export async function runGroup<M>(root: string, group: Group<M>, factory: CompileFactory = ocamlc): Promise<JobOutcome<M>[]> {
  const dir = join(root, group.id);
  const sigDir = join(dir, '_sigs');
  const sigs = compileSigs(group.sigs, sigDir);
  if (!sigs.ok) return group.jobs.map((job) => ({ job, group, passed: false, error: `the stub interfaces do not compile:\n${sigs.output}`, file: sigDir }));
  mkdirSync(dir, { recursive: true });
  const owner = new Map<string, Job<M>>();
  for (const job of group.jobs) {
    for (const f of job.files) {
      if (owner.has(f.name)) throw new Error(`two jobs of group ${group.id} write ${f.name}`);
      owner.set(f.name, job);
      writeFileSync(join(dir, f.name), f.contents);
    }
  }
  const compile = factory(sigDir, group.flags);
  const ok = group.jobs.filter((j) => j.expect === 'ok');
  const failures = await compileAll(dir, ok.flatMap((j) => j.files.map((f) => f.name)), compile, (f) => owner.get(f)!.files[0]!.name);
  const failedBy = new Map<Job<M>, [string, string]>();
  for (const [f, err] of failures) failedBy.set(owner.get(f)!, [f, err]);
  const out: JobOutcome<M>[] = [];
  for (const job of group.jobs) {
    if (job.expect === 'ok') {
      const fail = failedBy.get(job);
      out.push(fail ? { job, group, passed: false, error: fail[1], file: join(dir, fail[0]) } : { job, group, passed: true });
      continue;
    }
    const r = await compile(dir, job.files.map((f) => f.name));
    const file = join(dir, job.files[job.files.length - 1]!.name);
    out.push(r.status !== 0 ? { job, group, passed: true } : { job, group, passed: false, error: 'OCaml accepted this, but it must be rejected.', file });
  }
  return out;
}
