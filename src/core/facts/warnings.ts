import { atLeast } from '../reference/versions';
import type { MirageVersion } from '../reference/versions';

/**
 * True for the releases that build config.ml with dune's dev warnings as errors (4.3.2–4.7.0): their
 * generated dune stanza has no `-warn-error -A` (lib/functoria/dune.ml@v4.3.2..v4.7.0, commit 1ba841d3;
 * `(flags (:standard -warn-error -A))` @v4.0.0..v4.3.1 and @v4.8.0..v4.11.1). There an unused variable or a
 * deprecated value stops `mirage configure`.
 */
export function configWarningsAreErrors(v: MirageVersion): boolean {
  return atLeast(v, '4.3.2') && !atLeast(v, '4.8.0');
}
