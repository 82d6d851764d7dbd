import type { Design } from '../design/schema';
import type { MirageVersion } from '../reference/types';

/**
 * One line of a migration report. `change`: done automatically; `manual`: the user must do it (in
 * unikernel.ml, the boot command, raw OCaml); `blocker`: the target release cannot express this part of the
 * design; `note`: a behaviour change of the release worth knowing.
 */
export interface MigrationEntry {
  kind: 'change' | 'manual' | 'blocker' | 'note';
  /** The release that caused it (the later release of the step, going up or down). */
  release: MirageVersion;
  text: string;
  /** Device instance it is about, when any. */
  instance?: string;
  /** Where the rule's fact comes from when it is not the reference data (`path@tag`). */
  source?: string;
}

/** What one step from a release to the next (or previous) one did. */
export interface StepResult {
  from: MirageVersion;
  to: MirageVersion;
  design: Design;
  entries: MigrationEntry[];
}
