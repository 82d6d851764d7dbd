import type { MirageVersion } from '../reference/types';
import type { Ty } from '../types/term';

/** The device families, as the palette groups them. */
export const FAMILIES = [
  'jobs',
  'time',
  'logging',
  'random',
  'block',
  'kv',
  'network',
  'ethernet',
  'ip',
  'transport',
  'stack',
  'dns',
  'mimic',
  'http',
  'git',
  'syslog',
  'argv',
  'misc',
] as const;
export type FamilyId = (typeof FAMILIES)[number];

/**
 * How a scalar argument is edited and printed. Derived from its OCaml type:
 * `int runtime_arg` → { kind: 'runtime_arg', inner: 'int' }, `Ipaddr.V4.Prefix.t` → 'ipv4_prefix', …
 * `ocaml` is the escape hatch for types the composer has no form for (records, functions): raw OCaml.
 */
export type ParamType =
  | { kind: 'string' | 'int' | 'int64' | 'bool' | 'string_list' }
  | { kind: 'ipv4' | 'ipv6' | 'ip' | 'ipv4_prefix' | 'ipv6_prefix' }
  | { kind: 'enum'; cases: string[] }
  | { kind: 'log_level' }
  | { kind: 'option'; inner: ParamType }
  | { kind: 'runtime_arg'; inner: string }
  | { kind: 'key'; inner: string }
  | { kind: 'value'; inner: string }
  | { kind: 'ocaml'; ocamlType: string }
  /** Built-in editors: `main`'s functor arguments (typ names), packages, runtime args; `match_impl`'s targets. */
  | { kind: 'typ_list' | 'packages' | 'runtime_arg_list' | 'target_list' };

/** One argument of a device constructor, in signature order. */
export type ArgSpec = PortSpec | ParamSpec;

/** An `impl` argument: a wire goes in here. */
export interface PortSpec {
  role: 'port';
  /** Stable port id: the label, or `arg1`, `arg2`… for positional arguments (1-based among positional ones). */
  name: string;
  label: string | null;
  kind: 'labeled' | 'optional' | 'positional';
  /** Expected module type with the device's own type variables (not yet renamed per instance). */
  type: Ty;
  /** Takes any number of wires (e.g. `register`'s job list). */
  many?: boolean;
  /**
   * One component of a tuple argument (`?dhcp:dhcp_requests * lease impl` → ports `dhcp` and `dhcp_lease`):
   * the label and this port's position in the tuple; printed `~dhcp:(a, b)` when every component is wired.
   */
  tuple?: { label: string; index: number; size: number };
}

/** A scalar argument: a value edited in the inspector. */
export interface ParamSpec {
  role: 'param';
  name: string;
  label: string | null;
  kind: 'labeled' | 'optional' | 'positional';
  ocamlType: string;
  type: ParamType;
}

/** A `unit` positional argument (printed as `()`). */
export interface UnitSpec {
  role: 'unit';
  name: string;
  kind: 'positional';
}

/** A device constructor of the Mirage module at one version. */
export interface DeviceSpec {
  /** The Mirage value name (`generic_stackv4v6`), or a built-in id (`main`, `register`, `if_impl`, `match_impl`, `ocaml_code`). */
  id: string;
  family: FamilyId;
  /** Short description in our own words. */
  doc: string;
  version: MirageVersion;
  /** Signature text as in mirage.mli (for display). */
  signature: string;
  /** Arguments in signature order. */
  args: (PortSpec | ParamSpec | UnitSpec)[];
  /** The module type of the result (`stackv4v6`, `'a udp`); null for `register`. */
  output: Ty | null;
  /**
   * The other results of a value that returns a tuple of impls (`stackv4v6 impl * lease impl`): output ports
   * named after their typ (`lease`); the first component is `output`.
   */
  extraOutputs?: { name: string; type: Ty }[];
  /** The result is a plain value, not an `impl` (`make_dhcp_requests () : dhcp_requests`). */
  value?: boolean;
  /** `(a -> b) impl` values used with `$`, e.g. `dhcp_proj_net $ dhcp`. */
  applied?: boolean;
  /** Value is a plain `impl` with no arguments (`default_network`). */
  constant?: boolean;
  /** When the device is missing in a version, what to use instead. */
  replacement?: string;
}

/** Editorial facts about a device family: the entries are Mirage value names. */
export interface FamilyEntry {
  id: string;
  doc: string;
  /** What to use instead where this device does not exist. */
  replacement?: string;
}
