import type { PackageFact } from '../reference/runtime-types';
import { isSolo5 } from '../facts/targets';

/** Target families a package name is tied to (`mirage-net-solo5` → solo5); none = every target. */
const FAMILY_WORDS = ['unix', 'macosx', 'xen', 'solo5', 'unikraft', 'qubes'] as const;

function familiesOf(target: string): string[] {
  if (isSolo5(target)) return ['solo5'];
  if (target.startsWith('unikraft')) return ['unikraft'];
  if (target === 'qubes') return ['qubes', 'xen'];
  return [target];
}

/**
 * The packages of a device's facts that apply on `target`. The facts list every package a device's
 * implementations use across targets (mirage-runtime.json `packages`); a package whose name carries a target
 * family (`mirage-net-unix`, `mirage-block-xen`, `mirage-qubes-ipv4`) is kept only on that family's targets.
 */
export function packagesOn(packages: readonly PackageFact[], target: string): PackageFact[] {
  const mine = familiesOf(target);
  return packages.filter((p) => {
    const tied = FAMILY_WORDS.filter((w) => p.name.split('-').includes(w));
    return !tied.length || tied.some((w) => mine.includes(w));
  });
}

/** `name >= min & < max (sublibs)`, as the explanation prints a package. */
export function packageText(p: PackageFact): string {
  const b = [p.min && `>= ${p.min}`, p.max && `< ${p.max}`].filter(Boolean).join(' & ');
  return `${p.name}${b ? ` ${b}` : ''}${p.sublibs?.length ? ` (${p.sublibs.map((s) => `${p.name}.${s}`).join(', ')})` : ''}`;
}
