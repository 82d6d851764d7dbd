export { instanceFlags, instanceGroup, type RegisteredFlag } from './flags';
export { GENERIC_STACKS, groupedFlag, stackMode, stackPlan, type StackMode, type StackPlan } from './stack';
export { chosenBranch, targetCondition } from './selectors';
export { isSolo5, targetSupport, type TargetSupport } from './targets';
import { targetsAt } from '../reference/runtime';
import type { MirageVersion } from '../reference/versions';
import { targetSupport } from './targets';

/** True when the device runs on the target at the release (per-target facts; see `targetSupport`). */
export function runsOn(device: string, version: MirageVersion, target: string): boolean {
  return targetSupport(device, version, target, targetsAt(version)).ok;
}

/** The targets of the release the device runs on. */
export function targetsOf(device: string, version: MirageVersion): string[] {
  return targetsAt(version).filter((t) => runsOn(device, version, t));
}
