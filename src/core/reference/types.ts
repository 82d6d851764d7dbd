/** Shape of the reduced Mirage API facts (generated from shared/reference/mirage-api.json). */

export const MIRAGE_VERSIONS = ['4.0.0', '4.5.1', '4.7.0', '4.8.0', '4.10.2', '4.11.1'] as const;
export type MirageVersion = (typeof MIRAGE_VERSIONS)[number];
export const LATEST_VERSION: MirageVersion = '4.11.1';

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
  /** Signature per version; absent key or null = the value does not exist there. */
  versions: Partial<Record<MirageVersion, RefSignature | null>>;
}
export interface RefType {
  name: string;
  params: string[];
  /** Declaration per version, e.g. `ipv4 = v4 ip`; null where absent. */
  declarations: Partial<Record<MirageVersion, string | null>>;
  /** Module signature a `typ` stands for, per version (for unikernel functor parameters). */
  signatures: Partial<Record<MirageVersion, string | null>>;
}
export interface RefMember {
  name: string;
  versions: Partial<Record<MirageVersion, string | null>>;
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
  changes: string[];
}
