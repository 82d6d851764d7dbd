// Random designs for tests and checks: a seedable plain generator and a fast-check arbitrary, both
// feeding one `Choices` source into the same construction (one of three shapes), with feature options.
import fc from 'fast-check';
import type { Design } from '../design/schema';
import { MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';
import { validateDesign } from '../validate/index';
import { layeredDesign } from './arbitrary-layered';
import { scatterDesign } from './arbitrary-scatter';
import { typedDesign } from './arbitrary-typed';
import { type Choices, TRICKY_STRINGS } from './arbitrary-values';

export type { Choices } from './arbitrary-values';
export { TRICKY_NAMES, TRICKY_STRINGS } from './arbitrary-values';

/** What to generate. Options a shape has no use for are ignored. */
export interface DesignOptions {
  /**
   * 'typed' (default): grown from `main` down with typed device choices, raw-OCaml params, runtime args; mostly valid.
   * 'scatter': random devices with hostile names and values, random accepted wires, any number of mains; often invalid.
   * 'layered': built bottom-up, with `if_impl`/`match_impl` and `ocaml_code` nodes; strings from the choice source.
   */
  shape?: 'typed' | 'scatter' | 'layered';
  /** Versions to draw from (default: all). With one version no choice is spent on it. */
  versions?: readonly MirageVersion[];
  /** Hostile binding names and strings (default true). */
  hostile?: boolean;
  /** `ocaml_code` nodes (default true; typed, layered). */
  code?: boolean;
  /** `if_impl` / `match_impl` nodes (default true; layered). */
  conditionals?: boolean;
  /** Most device attempts (layered; default 8). */
  maxSize?: number;
  /** Keep only designs `validateDesign` reports no error for (default false). */
  valid?: boolean;
}

/** A small deterministic PRNG (mulberry32) giving numbers in [0, 1); same seed → same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Choices from `rng(seed)`; strings picked from `strings`. */
export function seededChoices(seed: number, strings: readonly string[] = TRICKY_STRINGS): Choices {
  const r = rng(seed);
  const int = (n: number) => (n <= 0 ? 0 : Math.floor(r() * n));
  return { real: r, int, bool: () => r() < 0.5, str: () => strings[int(strings.length)] ?? '' };
}

/** Choices read (cycling) from fixed numbers in [0, 1e6] and strings, e.g. drawn by fast-check (so shrinking works). */
export function listChoices(nums: readonly number[], strings: readonly string[]): Choices {
  let i = 0;
  let j = 0;
  const next = () => (nums.length ? nums[i++ % nums.length]! : 0);
  return {
    real: () => next() / 1_000_001,
    int: (n) => (n <= 0 ? 0 : next() % n),
    bool: () => next() % 2 === 0,
    str: () => (strings.length ? strings[j++ % strings.length]! : ''),
  };
}

/** The design `c` chooses under `o` (no validity filtering). */
export function designFrom(c: Choices, o: DesignOptions = {}): Design {
  const versions = o.versions ?? MIRAGE_VERSIONS;
  const version = versions.length === 1 ? versions[0]! : versions[c.int(versions.length)]!;
  switch (o.shape ?? 'typed') {
    case 'typed':
      return typedDesign(version, c, o);
    case 'scatter':
      return scatterDesign(version, c, o);
    case 'layered':
      return layeredDesign(version, c, c.int((o.maxSize ?? 8) + 1), o);
  }
}

/** True when `validateDesign` reports an error for `d`. */
export function hasErrors(d: Design): boolean {
  return validateDesign(d).some((x) => x.severity === 'error');
}

const PLAIN_STRINGS = ['data', 'htdocs', 'www', 'x1'];

/** `count` designs deterministic in `seed` (seeds `seed`, `seed + 1`, … mixed with the versions), invalid ones
    skipped when `o.valid` (giving up after `20 × count` rejections); also how many were rejected. */
export function randomDesigns(count: number, seed: number, o: DesignOptions = {}): { designs: Design[]; rejected: number } {
  const designs: Design[] = [];
  let rejected = 0;
  const salt = hash((o.versions ?? MIRAGE_VERSIONS).join(','));
  const strings = o.hostile === false ? PLAIN_STRINGS : TRICKY_STRINGS;
  for (let s = seed; designs.length < count && rejected < count * 20; s++) {
    const d = designFrom(seededChoices(s * 7919 + salt, strings), o);
    if (o.valid && hasErrors(d)) rejected++;
    else designs.push(d);
  }
  return { designs, rejected };
}

/** One design from `seed` under `o` (the first of `randomDesigns(1, seed, o)`); throws if `o.valid` finds none. */
export function randomDesign(seed: number, o: DesignOptions = {}): Design {
  const d = randomDesigns(1, seed, o).designs[0];
  if (!d) throw new Error(`no valid design from seed ${seed} in 20 tries`);
  return d;
}

/** fast-check arbitrary over the same construction: choices and strings drawn by fast-check (binary strings when hostile). */
export function arbitraryDesign(o: DesignOptions = {}): fc.Arbitrary<Design> {
  const str = o.hostile === false ? fc.constantFrom(...PLAIN_STRINGS) : fc.string({ unit: 'binary', maxLength: 12 });
  const arb = fc
    .record({ nums: fc.array(fc.nat(1_000_000), { minLength: 200, maxLength: 400 }), strings: fc.array(str, { minLength: 20, maxLength: 20 }) })
    .map(({ nums, strings }) => designFrom(listChoices(nums, strings), o));
  return o.valid ? arb.filter((d) => !hasErrors(d)) : arb;
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h;
}
