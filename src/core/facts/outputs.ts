import { targetFacts } from '../reference/runtime';

/**
 * The file `make build` leaves in dist/ for a target, from mirage-targets.json `outputs` (keys are target lists;
 * values start with the path, `NAME` standing for the unikernel name): `dist/NAME.hvt`, `dist/NAME` on unix.
 */
export function binaryPath(target: string, name: string): string | null {
  for (const [key, value] of Object.entries(targetFacts.outputs)) {
    if (!key.split(/\s+/).includes(target)) continue;
    const path = /^(dist\/NAME\S*)/.exec(value)?.[1];
    return path ? path.replace('NAME', name) : null;
  }
  return null;
}

/** The launch facts of a target (command template, note, source); undefined when the data has none. */
export function launchFact(target: string): { command: string | null; note?: string; source?: string } | undefined {
  for (const [key, value] of Object.entries(targetFacts.launch)) if (key.split(/\s+/).includes(target)) return value;
  return undefined;
}
