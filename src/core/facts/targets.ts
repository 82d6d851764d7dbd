import { deviceFacts } from '../reference/runtime';
import type { PackageFact } from '../reference/runtime-types';
import type { MirageVersion } from '../reference/versions';

const SOLO5 = new Set(['hvt', 'spt', 'virtio', 'muen', 'genode']);

/** True for the solo5 targets (hvt, spt, virtio, muen, genode). */
export function isSolo5(target: string): boolean {
  return SOLO5.has(target);
}

/** Whether a device works on a target, from the hand-read per-target facts. */
export type TargetSupport = { ok: true; note?: string } | { ok: false; reason: string };

/** The targets a key of the per-target facts names (`"xen qubes"`, `"unix/macosx"`, `"solo5"`, `"all"`, `"others"`). */
function keyTargets(key: string, all: readonly string[]): string[] | 'others' | null {
  const k = key.replace(/\(.*?\)/g, ' ').trim();
  if (k === 'others') return 'others';
  if (k === 'all') return [...all];
  const words = k.split(/[\s/,]+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    if (w === 'solo5') out.push(...all.filter(isSolo5));
    else if (w === 'unikraft') out.push(...all.filter((t) => t.startsWith('unikraft')));
    else if (w === 'and' || w === '-') continue;
    else if (all.includes(w)) out.push(w);
    else return null; // not a target list (e.g. `choice`, `source`, `defaults`)
  }
  return out.length ? out : null;
}

/** True when a per-target fact says the device fails there (a configure error, or a connect that fails). */
const FAILS = /\b(configure error|connect fails|fails|not supported|invalid_arg|failwith)\b/i;

/**
 * Whether a device runs on a target at a release, from its per-target facts (`targets` and `blockNames` in
 * mirage-runtime.json): a fact naming the target (or `others`) with an error or a failing connect means no.
 * Devices without such facts are taken to run everywhere.
 */
export function targetSupport(device: string, version: MirageVersion, target: string, allTargets: readonly string[]): TargetSupport {
  // Memoised (the facts are fixed): validation and the header range ask for every instance of a design.
  // By the list of targets (the facts' own arrays, the same object every time), then device, release and target.
  let byList = support.get(allTargets);
  if (!byList) support.set(allTargets, (byList = new Map()));
  const key = `${device}\u0000${version}\u0000${target}`;
  let hit = byList.get(key);
  if (!hit) byList.set(key, (hit = computeSupport(device, version, target, allTargets)));
  return hit;
}

const support = new WeakMap<readonly string[], Map<string, TargetSupport>>();

function computeSupport(device: string, version: MirageVersion, target: string, allTargets: readonly string[]): TargetSupport {
  const facts = deviceFacts(device, version);
  if (!facts) return { ok: true };
  const named = new Set<string>();
  let verdict: TargetSupport = { ok: true };
  const others: string[] = [];
  for (const table of [facts.targets, facts.blockNames]) {
    if (!table) continue;
    for (const [key, value] of Object.entries(table)) {
      if (typeof value !== 'string') continue;
      const ts = keyTargets(key, allTargets);
      if (ts === 'others') {
        others.push(value);
        continue;
      }
      if (!ts) continue;
      ts.forEach((t) => named.add(t));
      if (!ts.includes(target) || !verdict.ok) continue;
      verdict = FAILS.test(value) ? { ok: false, reason: value } : { ok: true, note: value };
    }
  }
  if (!named.has(target)) for (const value of others) if (FAILS.test(value)) return { ok: false, reason: value };
  if (verdict.ok && !HOST_TARGETS.has(target)) {
    const host = hostOnlyPackages(facts.packages);
    if (host) return { ok: false, reason: `its implementation needs the host OS (${host.join(', ')}), so it builds for unix and macosx only` };
  }
  return verdict;
}

const HOST_TARGETS = new Set(['unix', 'macosx']);

/**
 * The packages that tie a device to the host OS, when it has no implementation for another target: an opam
 * package `*-unix` or a library used only through `*-socket` sublibraries (tcpip's socket stack), and none of
 * `*-solo5`, `*-xen`, `*-unikraft`, `*-macosx`, `*-mem`, `crunch` or the same library's other parts. An inference from the package facts (mirage-runtime.json
 * `packages`, the union over targets): the data has no per-target table for these devices.
 */
function hostOnlyPackages(packages: readonly PackageFact[]): string[] | null {
  const socketOnly = (p: PackageFact) => (p.sublibs ?? []).length > 0 && p.sublibs!.every((s) => /-socket$|^stack-socket$/.test(s));
  const host = packages.filter((p) => /-unix$/.test(p.name) || socketOnly(p));
  // Another implementation: a target package, an in-memory or crunched store, or the same library's non-socket parts.
  const other = packages.some((p) => /-(solo5|xen|unikraft|macosx|mem)$/.test(p.name) || p.name === 'crunch' || (host.some((h) => h.name === p.name) && !socketOnly(p) && !/-unix$/.test(p.name)));
  return host.length && !other ? host.map((p) => (p.sublibs?.length ? `${p.name}.${p.sublibs.join('/')}` : p.name)) : null;
}
