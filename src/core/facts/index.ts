export { instanceFlags, instanceGroup, type RegisteredFlag } from './flags';
export { GENERIC_STACKS, groupedFlag, stackMode, stackPlan, type StackMode, type StackPlan } from './stack';
export { isSolo5, targetSupport, type TargetSupport } from './targets';
import { targetsAt } from '../reference/runtime';
import type { MirageVersion } from '../reference/versions';
import { targetSupport } from './targets';

/** True when the device runs on the target at the release (per-target facts; see `targetSupport`). Memoised: the facts are fixed. */
export function runsOn(device: string, version: MirageVersion, target: string): boolean {
  const key = `${device}\u0000${version}\u0000${target}`;
  let ok = runs.get(key);
  if (ok === undefined) {
    ok = targetSupport(device, version, target, targetsAt(version)).ok;
    if (runs.size > 50_000) runs.clear();
    runs.set(key, ok);
  }
  return ok;
}

const runs = new Map<string, boolean>();

/** The targets of the release the device runs on. */
export function targetsOf(device: string, version: MirageVersion): string[] {
  return targetsAt(version).filter((t) => runsOn(device, version, t));
}
