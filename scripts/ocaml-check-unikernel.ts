// The unikernel.ml + main.ml check: every exported project's unit files, compiled with a main.ml written
// the way each release of the config's header range writes it (main-ml.ts), against the stubs generated
// from that release's facts (unikernel-sigs.ts), with the flags the release builds the unikernel with.
// Releases with identical stubs, flags and main.ml share one compilation.
import type { Design } from '../src/core/design/schema';
import type { MirageReference, MirageVersion } from '../src/core/reference/types';
import { mainMl } from './main-ml';
import { type SigFile, caseFile, sigSetHash } from './ocaml-check-lib';
import { parseHeader, releasesIn } from './ocaml-check-ranges';
import type { Group } from './ocaml-check-run';
import { unikernelFlags } from './ocaml-flags';
import { unikernelSigs } from './unikernel-sigs';

export interface ProjectCase {
  /** Unique among all cases. */
  name: string;
  origin: string;
  /** The design as export saw it, after the export's own preparation (`prepareDesign`). */
  design: Design;
  /** config.ml and the OCaml units export writes (`unikernel.ml`, …). */
  config: string;
  units: SigFile[];
}

export interface UnikernelMeta {
  case: ProjectCase;
  releases: MirageVersion[];
  /** The unit file names as export wrote them, by the file name in the group directory. */
  original: Map<string, string>;
  notes: string[];
}

/** The module name of a compilation unit file (`unikernel.ml` → `Unikernel`). */
const unitName = (file: string) => file.replace(/\.ml$/, '').replace(/^./, (c) => c.toUpperCase());

/** Plans one job per (project, distinct stubs + flags + main.ml) over the releases of the config's range. */
export function planUnikernels(ref: MirageReference, cases: readonly ProjectCase[], versions: readonly MirageVersion[]): Group<UnikernelMeta>[] {
  const sigCache = new Map<MirageVersion, SigFile[]>();
  const groups = new Map<string, Group<UnikernelMeta>>();
  for (const c of cases) {
    const range = parseHeader(c.config);
    if ('error' in range) continue; // reported by the config check
    const jobs = new Map<string, { group: Group<UnikernelMeta>; releases: MirageVersion[]; notes: string[]; main: string }>();
    for (const v of releasesIn(range).filter((x) => versions.includes(x))) {
      const sigs = sigCache.get(v) ?? unikernelSigs(ref, v);
      sigCache.set(v, sigs);
      const flags = unikernelFlags(v, c.design.target);
      const key = sigSetHash(sigs, flags);
      const group = groups.get(key) ?? { id: `unikernel-${v}-${key}`, sigs, flags, jobs: [] };
      groups.set(key, group);
      const main = mainMl(ref, c.design, v, c.config);
      const jk = `${key}\0${main.text}`;
      const job = jobs.get(jk) ?? { group, releases: [], notes: main.notes, main: main.text };
      job.releases.push(v);
      jobs.set(jk, job);
    }
    let k = 0;
    for (const j of jobs.values()) {
      const prefix = caseFile(`${c.name}_${++k}`, 'u_').replace(/\.ml$/, '__');
      const original = new Map<string, string>();
      const files = c.units.map((u) => {
        const name = `${prefix}${u.name}`;
        original.set(name, u.name);
        return { name, contents: u.contents };
      });
      const aliases = c.units.map((u) => `module ${unitName(u.name)} = ${unitName(prefix + u.name)}`).join('\n');
      const mainName = `${prefix}main.ml`;
      original.set(mainName, 'main.ml');
      files.push({ name: mainName, contents: `${aliases}\n\n${j.main}` });
      j.group.jobs.push({ files, expect: 'ok', meta: { case: c, releases: j.releases, original, notes: j.notes } });
    }
  }
  return [...groups.values()].filter((g) => g.jobs.length > 0);
}
