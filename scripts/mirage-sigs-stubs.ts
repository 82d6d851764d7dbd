// Stub interfaces of the libraries the `Mirage` module signature refers to (Functoria, Ipaddr,
// Logs, Fmt, Fpath, Mirage_runtime). Only what config.ml files use; see the ASSUMPTIONS notes.
import type { MirageVersion } from '../src/core/reference/types';
import { atLeast } from '../src/core/reference/versions';

/** True for versions with runtime arguments (`Runtime_arg`, Functoria.Context): 4.5.0 and later. */
export function hasRuntimeArgs(v: MirageVersion): boolean {
  return atLeast(v, '4.5.0');
}

export const FMT_MLI = `type 'a t = Format.formatter -> 'a -> unit
`;

export const FPATH_MLI = `type t
val v : string -> t
`;

export const LOGS_MLI = `type level = App | Error | Warning | Info | Debug
`;

const ADDR = (prefixExtra: string) => `  type t
  val of_string_exn : string -> t
  val of_string : string -> (t, [> \`Msg of string ]) result
  val to_string : t -> string
  val localhost : t
  module Prefix : sig
    type addr = t
    type t
    val of_string_exn : string -> t
    val of_string : string -> (t, [> \`Msg of string ]) result
    val make : int -> addr -> t
    val to_string : t -> string${prefixExtra}
  end`;

export const IPADDR_MLI = `module V4 : sig
${ADDR('')}
  val any : t
  val broadcast : t
end
module V6 : sig
${ADDR('')}
  val unspecified : t
end
type t = V4 of V4.t | V6 of V6.t
val of_string_exn : string -> t
val of_string : string -> (t, [> \`Msg of string ]) result
val to_string : t -> string
module Prefix : sig
  type t = V4 of V4.Prefix.t | V6 of V6.Prefix.t
  val of_string_exn : string -> t
end
`;

export const MIRAGE_RUNTIME_MLI = `type log_threshold = [ \`All | \`Src of string ] * Logs.level option
`;

/** Functoria's `Key` module: configure-time keys (4.0.0 keys also had a run-time stage). */
function keyModule(v: MirageVersion): string {
  const old = !hasRuntimeArgs(v);
  const stage = old ? '?stage:stage -> ' : '';
  const ctx = old ? 'type context\n  val empty_context : context' : 'type context = Context.t';
  return `module Key : sig
  module Arg : sig
    type 'a serialize = Format.formatter -> 'a -> unit
    type 'a runtime_conv = string
    type 'a converter
    val string : string converter
    val bool : bool converter
    val int : int converter
    val int64 : int64 converter
    val list : ?sep:char -> 'a converter -> 'a list converter
    val pair : ?sep:char -> 'a converter -> 'b converter -> ('a * 'b) converter
    val some : 'a converter -> 'a option converter
    type 'a t
    type info
    val info : ?docs:string -> ?docv:string -> ?doc:string -> ?env:string -> string list -> info
${old ? '    type stage = [ `Configure | `Run | `Both ]\n' : ''}    val opt : ${stage}'a converter -> 'a -> info -> 'a t
    val required : ${stage}'a converter -> info -> 'a option t
    val flag : ${stage}info -> bool t
    val opt_all : ${stage}'a converter -> info -> 'a list t
  end
  type 'a key
  val create : string -> 'a Arg.t -> 'a key
  type +'a value
  val pure : 'a -> 'a value
  val ( $ ) : ('a -> 'b) value -> 'a value -> 'b value
  val map : ('a -> 'b) -> 'a value -> 'b value
  val if_ : bool value -> 'a -> 'a -> 'a value
  val match_ : 'a value -> ('a -> 'b) -> 'b value
  val default : 'a value -> 'a
  val value : 'a key -> 'a value
  type t
  val name : t -> string
  val ${old ? 'abstract' : 'v'} : 'a key -> t
  val equal : t -> t -> bool
  val compare : t -> t -> int
  ${ctx}
  val add_to_context : 'a key -> 'a -> context -> context
  val get : context -> 'a key -> 'a
  val eval : context -> 'a value -> 'a
end`;
}

/** The abstract types each Functoria submodule stub declares (substituted away when Mirage redeclares them). */
export const STUB_TYPES: Record<string, { name: string; params: string }[]> = {
  Key: [
    { name: 'key', params: "'a " },
    { name: 'value', params: "'a " },
    { name: 't', params: '' },
  ],
  Runtime_arg: [
    { name: 'arg', params: "'a " },
    { name: 't', params: '' },
  ],
};

/** The `Functoria` stub for one Mirage version. */
export function functoriaMli(v: MirageVersion): string {
  const rt = hasRuntimeArgs(v);
  return `module Type : sig type 'a t end
module Impl : sig type 'a t type abstract end
module Package : sig type t type scope = [ \`Monorepo | \`Switch ] end
module Info : sig type t val name : t -> string end
module Install : sig type t end
module Dune : sig type stanza end
module Action : sig type 'a t end
module Device : sig type ('a, 'impl) t${rt ? " type 'a code" : ''} end
module Job : sig type t end
${rt ? 'module Context : sig type t end\n' : ''}${keyModule(v)}
${
  rt
    ? `module Runtime_arg : sig
  type 'a arg
  val create : pos:string * int * int * int -> ?packages:Package.t list -> string -> 'a arg
  type t
  val packages : t -> Package.t list
  val v : 'a arg -> t
end
`
    : ''
}type argv
type package = Package.t
`;
}
