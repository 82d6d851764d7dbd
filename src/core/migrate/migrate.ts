import type { Design } from '../design/schema';
import type { Diagnostic } from '../diagnostics';
import type { MirageVersion } from '../reference/types';
import { MIRAGE_VERSIONS, versionIndex } from '../reference/versions';
import { validateDesign } from '../validate/index';
import { releaseChange } from './changes';
import { migrateStep } from './step';
import type { MigrationEntry, StepResult } from './types';

/** A whole migration: every step taken, the report, and the result checked by the validator. */
export interface MigrationResult {
  from: MirageVersion;
  to: MirageVersion;
  design: Design;
  /** Steps that changed something, in the order taken. */
  steps: StepResult[];
  /** Every report line of every step, in order. */
  entries: MigrationEntry[];
  /** The validator's diagnostics for the migrated design. */
  diagnostics: Diagnostic[];
  /** True when nothing is a blocker and the migrated design has no error. */
  ok: boolean;
}

/** The releases a migration passes through after `from`, ending with `to` (either direction). */
export function pathBetween(from: MirageVersion, to: MirageVersion): MirageVersion[] {
  const a = versionIndex(from);
  const b = versionIndex(to);
  if (a === b) return [];
  return a < b ? MIRAGE_VERSIONS.slice(a + 1, b + 1) : MIRAGE_VERSIONS.slice(b, a).reverse();
}

/**
 * Migrates a design to release `to` step by step (pure; never throws on a valid design): each adjacent pair
 * with a recorded change runs `migrateStep`, the others only change the release. Going down, a step undoes
 * the newer release's changes where the older one can express the design, and lists blockers where not.
 */
export function migrateDesign(design: Design, to: MirageVersion): MigrationResult {
  let d = design;
  const steps: StepResult[] = [];
  for (const next of pathBetween(design.mirage, to)) {
    const newer = versionIndex(next) > versionIndex(d.mirage) ? next : d.mirage;
    if (!releaseChange(newer)) {
      d = { ...d, mirage: next };
      continue;
    }
    const s = migrateStep(d, next);
    d = s.design;
    if (s.entries.length) steps.push(s);
  }
  const entries = steps.flatMap((s) => s.entries);
  const diagnostics = validateDesign(d);
  const ok = !entries.some((e) => e.kind === 'blocker') && !diagnostics.some((x) => x.severity === 'error');
  return { from: design.mirage, to, design: d, steps, entries, diagnostics, ok };
}
