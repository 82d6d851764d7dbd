/** Shape of the vendored runtime facts (generated from shared/reference/mirage-runtime.json). */
import type { MirageVersion } from './versions';

/** One command-line flag function (`Runtime_arg.dns_servers`, `Key.kv_ro`) as a release defines it. */
export interface FlagFact {
  /** The defining function, e.g. `Runtime_arg.V4.network`, `Key.dhcp`. */
  fn: string;
  /** Flag names as typed, without `--` (several = aliases). */
  flags: string[];
  /** OCaml type of the value (devices' lists only). */
  ocamlType?: string;
  conv: string;
  default: string;
  /** `GROUP-name` when the function takes `?group`: the flag becomes `--GROUP-name` for a non-empty group. */
  groupPrefix: string | null;
  /** `runtime` (unikernel command line), `configure` (`mirage configure` only), `configure+runtime` (4.0–4.4 keys). */
  stage: 'runtime' | 'configure' | 'configure+runtime';
}

export interface PackageFact {
  name: string;
  min?: string;
  max?: string;
  sublibs?: string[];
}

/** The Cmdliner term type a device's `runtime_arg` parameter needs (hand-read; `runtime_arg_params`). */
export interface RuntimeArgParamFact {
  arg: string;
  cmdliner_term_type: string;
  connect_code?: string;
  why?: string;
  note?: string;
  source?: string;
}

/** Free-text facts read by hand from the source (keys = target lists, or `choice`, `source`, …). */
export type HandFacts = Record<string, unknown>;

/** What one device does at one release. */
export interface DeviceFacts {
  packages: PackageFact[];
  implModules: string[];
  runtimeFlags: FlagFact[];
  configureKeys: FlagFact[];
  targets?: HandFacts;
  blockNames?: HandFacts;
  networkNames?: HandFacts;
  targetOnlyFlags?: HandFacts;
  defaults?: HandFacts;
  runtimeArgParams?: RuntimeArgParamFact[];
}

export interface RuntimeFacts {
  /** Every flag-defining function per release. */
  flagDefinitions: Partial<Record<MirageVersion, Record<string, FlagFact>>>;
  /** Device name → facts per release (absent = the device does not exist there). */
  devices: Map<string, Partial<Record<MirageVersion, DeviceFacts>>>;
}
