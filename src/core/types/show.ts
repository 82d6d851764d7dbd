import type { MirageVersion } from '../reference/types';
import { abbreviate } from './aliases';
import type { Ty } from './term';
import { showTy } from './unify';

/** A type in Mirage words: abbreviations preferred (`tcpv4v6`, `ipv4`), variables as `'a`. */
export function mirageTypeName(t: Ty, version: MirageVersion): string {
  return showTy(abbreviate(t, version));
}
