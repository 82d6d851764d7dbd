/** Shape of the reduced Mirage API facts (generated from shared/reference/mirage-api.json). */
export { LATEST_VERSION, MIRAGE_VERSIONS, type MirageVersion } from './versions';
import type { MirageVersion } from './versions';

export type ArgKind = 'labeled' | 'optional' | 'positional';
export interface RefArg {
  label: string | null;
  kind: ArgKind;
  /** OCaml type as written in mirage.mli, e.g. `network impl`, `?group` → `string`. */
  type: string;
}
export interface RefSignature {
  args: RefArg[];
  result: string;
  /** The whole signature, whitespace-normalised. */
  text: string;
}
export interface RefValue {
  name: string;
  section: string;
  subsection: string | null;
  /** Signature per version; absent key = the value does not exist there. */
  versions: Partial<Record<MirageVersion, RefSignature>>;
  /** Releases whose mirage.mli marks the value `[@@ocaml.deprecated]` (`deprecated_in`). */
  deprecated: Partial<Record<MirageVersion, true>>;
}
/**
 * How a hand-written unikernel declares a functor parameter of a typ at one release (`functor_param`):
 * `module_type` → `(X : path)`; `module` → the typ is a job implemented by a plain module (a unikernel does not
 * take it; if passed anyway it is declared `(_ : sig end)`); `none` → not a functor argument.
 */
export interface FunctorParam {
  kind: 'module_type' | 'module' | 'none';
  path: string | null;
  library: string | null;
  note: string | null;
}
export interface RefType {
  name: string;
  params: string[];
  /** Declaration per version, e.g. `ipv4 = v4 ip`. */
  declarations: Partial<Record<MirageVersion, string>>;
  /** Module type a functor parameter of this typ is declared with, per version (null = none exists). */
  signatures: Partial<Record<MirageVersion, string>>;
  functorParam: Partial<Record<MirageVersion, FunctorParam>>;
}
export interface RefMember {
  name: string;
  versions: Partial<Record<MirageVersion, string>>;
}
export interface MirageReference {
  versions: MirageVersion[];
  values: RefValue[];
  types: RefType[];
  targets: Record<MirageVersion, string[]>;
  targetConstructors: Record<MirageVersion, Record<string, string>>;
  /** Members of the `Key` and `Runtime_arg` submodules per version. */
  submodules: Record<string, RefMember[]>;
  /** Other modules of `Mirage` (name → declaration per version). */
  modules: RefMember[];
  /** Short summary of what changed between consecutive tags. */
  changes: string[];
  /** Machine-generated diff between consecutive tags (`A -> B (first in B): …`). */
  changesDetailed: string[];
}
