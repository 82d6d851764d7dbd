import type { Design } from '../design/schema';
import type { MirageVersion } from '../reference/types';
import { stepContext } from './context';
import { migrateDevices } from './devices';
import { checkTarget, flagChanges, rawMentions, releaseNotes } from './flags';
import { linkedModulesGone, migrateFunctors } from './functor';
import { requiredParams } from './params';
import { mainRuntimeArgsBelow, releaseRuntimeArgs } from './runtime-args';
import type { StepResult } from './types';
import { reverseDependencies, wireNewPorts } from './wiring';

/**
 * One migration step between adjacent releases (`to` is the release just after or just before
 * `design.mirage`). Pure: derives everything from the two releases' signatures, typs and flag facts plus
 * the cited facts of `rules.ts`; the order matters (functor parameters first, so the devices they free can go).
 */
export function migrateStep(design: Design, to: MirageVersion): StepResult {
  const ctx = stepContext(design, to);
  checkTarget(ctx);
  mainRuntimeArgsBelow(ctx);
  migrateFunctors(ctx);
  migrateDevices(ctx);
  reverseDependencies(ctx);
  wireNewPorts(ctx);
  requiredParams(ctx);
  releaseRuntimeArgs(ctx);
  linkedModulesGone(ctx);
  flagChanges(ctx);
  rawMentions(ctx);
  releaseNotes(ctx);
  return { from: design.mirage, to, design: ctx.design, entries: ctx.entries };
}
