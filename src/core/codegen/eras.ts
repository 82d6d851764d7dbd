import type { Design } from '../design/schema';
import { MIRAGE_VERSIONS, type MirageVersion, headerBounds, versionsBetween, withinBounds } from '../reference/versions';
import { versionRange } from './ir';
import { type LaunchPlan, launchPlan } from './launch';
import { validSpan } from './range';

/** The releases the exported config.ml's header admits, and its bounds as `opam install` takes them. */
export interface Admitted {
  releases: MirageVersion[];
  min: string;
  max: string;
}

/**
 * The releases the exported config.ml admits (pure): the header the user wrote when the export keeps it (a
 * design read from config.ml whose release is inside it, see `preserve/header.ts`), else the design's valid span.
 */
export function admittedReleases(design: Design): Admitted {
  const h = design.source?.header;
  if (h) {
    const bounds = headerBounds(design.source!.text.slice(h[0], h[1]));
    const lo = bounds.find(([op]) => op === '>=')?.[1];
    const hi = bounds.find(([op]) => op === '<')?.[1];
    if (bounds.length && lo && hi && withinBounds(design.mirage, bounds)) return { releases: MIRAGE_VERSIONS.filter((r) => withinBounds(r, bounds)), min: lo, max: hi };
  }
  const { first, last } = validSpan(design);
  return { releases: versionsBetween(first, last), ...versionRange(design) };
}

/** Releases that configure, prepare and launch the design alike on every target build.sh offers, with those plans. */
export interface BuildEra {
  releases: MirageVersion[];
  plans: LaunchPlan[];
}

/**
 * The admitted releases grouped by the launch plans they give on `targets` (pure), the design's own group first.
 * Inside the valid span every release gives the design's plans (the header range is built that way); a release
 * outside it that the user's header admits is planned on its own (e.g. `--dhcp=false` at 4.10.5, `--no-dhcp`
 * from 4.11.0, nothing before), so build.sh can pick by the installed `mirage --version`.
 */
export function buildEras(design: Design, targets: readonly string[], admitted: Admitted = admittedReleases(design)): BuildEra[] {
  const own = targets.map((t) => launchPlan(design, t));
  const { first, last } = validSpan(design);
  const span = new Set(versionsBetween(first, last));
  const eras = new Map<string, BuildEra>();
  const keyOf = (plans: LaunchPlan[]) => JSON.stringify(plans.map((p) => [p.target, p.configureFlags, p.images, p.command]));
  eras.set(keyOf(own), { releases: [], plans: own });
  for (const r of admitted.releases) {
    const plans = span.has(r) || r === design.mirage ? own : plansAt(design, r, targets, own);
    const key = keyOf(plans);
    const era = eras.get(key) ?? eras.set(key, { releases: [], plans }).get(key)!;
    era.releases.push(r);
  }
  return [...eras.values()].filter((e, i) => i === 0 || e.releases.length > 0);
}

/** The plans of the design at another release (its own plans when it cannot be planned there). */
function plansAt(design: Design, r: MirageVersion, targets: readonly string[], own: LaunchPlan[]): LaunchPlan[] {
  try {
    return targets.map((t) => launchPlan({ ...design, mirage: r }, t));
  } catch {
    return own;
  }
}
