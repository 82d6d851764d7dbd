// Interfaces of the libraries config.ml and unikernel.ml refer to, read from their real sources. Where
// a Mirage release allows a range of versions of a library (mirage.opam / mirage-runtime.opam at the
// tag), a stub keeps only what is identical across that range, so it accepts no program one of those
// versions rejects. Items nobody needs are left out (stricter, never looser).
import type { MirageVersion } from '../src/core/reference/types';
import { atLeast } from '../src/core/reference/versions';

/** fmt src/fmt.mli @v0.8.7..v0.9.0: `type 'a t`, pf, str, string (mirage.opam: fmt >= 0.8.7). */
export const FMT_MLI = `type 'a t = Format.formatter -> 'a -> unit
val pf : Format.formatter -> ('a, Format.formatter, unit) Stdlib.format -> 'a
val str : ('a, Format.formatter, unit, string) format4 -> 'a
val string : string t
`;

/** fpath src/fpath.mli: type t, v, to_string, ( / ). */
export const FPATH_MLI = `type t
val v : string -> t
val to_string : t -> string
val ( / ) : t -> string -> t
`;

/** logs src/logs.mli @v0.7.0..v0.9.0 (mirage.opam, mirage-runtime.opam: logs >= 0.7.0). */
export const LOGS_MLI = `type level = App | Error | Warning | Info | Debug
type src
module Src : sig
  type t = src
  val create : ?doc:string -> string -> src
  val name : src -> string
end
module Tag : sig type set end
type ('a, 'b) msgf = (?header:string -> ?tags:Tag.set -> ('a, Format.formatter, unit, 'b) format4 -> 'a) -> 'b
type 'a log = ('a, unit) msgf -> unit
val msg : ?src:src -> level -> 'a log
val app : ?src:src -> 'a log
val err : ?src:src -> 'a log
val warn : ?src:src -> 'a log
val info : ?src:src -> 'a log
val debug : ?src:src -> 'a log
module type LOG = sig
  val msg : level -> 'a log
  val app : 'a log
  val err : 'a log
  val warn : 'a log
  val info : 'a log
  val debug : 'a log
end
val src_log : src -> (module LOG)
`;

/** Ipaddr.V4 / V6 members shared by lib/ipaddr.mli @v5.0.0..v5.6.2 (mirage.opam: ipaddr >= 5.0.0). */
const ADDR = `  type t
  val of_string : string -> (t, [> \`Msg of string ]) result
  val of_string_exn : string -> t
  val to_string : t -> string
  val compare : t -> t -> int
  val localhost : t
  val unspecified : t
  module Prefix : sig
    type addr = t
    type t
    val make : int -> addr -> t
    val prefix : t -> t
    val of_string : string -> (t, [> \`Msg of string ]) result
    val of_string_exn : string -> t
    val to_string : t -> string
    val address : t -> addr
  end`;

/** ocaml-ipaddr lib/ipaddr.mli @v5.0.0..v5.6.2: `type t = (V4.t, V6.t) v4v6`. */
export const IPADDR_MLI = `module V4 : sig
${ADDR}
  val make : int -> int -> int -> int -> t
  val any : t
  val broadcast : t
end
module V6 : sig
${ADDR}
  val make : int -> int -> int -> int -> int -> int -> int -> int -> t
end
type ('v4, 'v6) v4v6 = V4 of 'v4 | V6 of 'v6
type t = (V4.t, V6.t) v4v6
val to_string : t -> string
val of_string_exn : string -> t
val of_string : string -> (t, [> \`Msg of string ]) result
val compare : t -> t -> int
module Prefix : sig
  type addr = t
  type t = (V4.Prefix.t, V6.Prefix.t) v4v6
  val to_string : t -> string
  val of_string_exn : string -> t
  val of_string : string -> (t, [> \`Msg of string ]) result
end
`;

/**
 * cmdliner src/cmdliner.mli: what v1.1.1, v1.2.0, v1.3.0, v2.0.0 and v2.1.1 declare alike (Mirage 4.0–4.4
 * allow >= 1.1.1, 4.5–4.10.4 >= 1.2.0, 4.10.5+ >= 2.0.0 for config.ml; mirage-runtime >= 1.1.0/1.2.0).
 * `'a Arg.conv` is abstract (a pair in 1.x, `'a Conv.t` in 2.x); `Arg.info` has no `?doc_envs` (2.x only).
 */
export const CMDLINER_MLI = `module Term : sig
  type +'a t
  val const : 'a -> 'a t
  val ( $ ) : ('a -> 'b) t -> 'a t -> 'b t
  val app : ('a -> 'b) t -> 'a t -> 'b t
  val term_result : ?usage:bool -> ('a, [\`Msg of string]) result t -> 'a t
end
module Cmd : sig
  module Env : sig
    type var = string
    type info
    val info : ?deprecated:string -> ?docs:string -> ?doc:string -> var -> info
  end
end
module Arg : sig
  type 'a conv
  val conv : ?docv:string -> (string -> ('a, [\`Msg of string]) result) * (Format.formatter -> 'a -> unit) -> 'a conv
  val conv_parser : 'a conv -> (string -> ('a, [\`Msg of string]) result)
  val conv_docv : 'a conv -> string
  val some' : ?none:'a -> 'a conv -> 'a option conv
  val some : ?none:string -> 'a conv -> 'a option conv
  type 'a t
  type info
  val info : ?deprecated:string -> ?absent:string -> ?docs:string -> ?docv:string -> ?doc:string -> ?env:Cmd.Env.info -> string list -> info
  val ( & ) : ('a -> 'b) -> 'a -> 'b
  val flag : info -> bool t
  val flag_all : info -> bool list t
  val vflag : 'a -> ('a * info) list -> 'a t
  val vflag_all : 'a list -> ('a * info) list -> 'a list t
  val opt : ?vopt:'a -> 'a conv -> 'a -> info -> 'a t
  val opt_all : ?vopt:'a -> 'a conv -> 'a list -> info -> 'a list t
  val pos : ?rev:bool -> int -> 'a conv -> 'a -> info -> 'a t
  val pos_all : 'a conv -> 'a list -> info -> 'a list t
  val value : 'a t -> 'a Term.t
  val required : 'a option t -> 'a Term.t
  val non_empty : 'a list t -> 'a list Term.t
  val last : 'a list t -> 'a Term.t
  val bool : bool conv
  val char : char conv
  val int : int conv
  val nativeint : nativeint conv
  val int32 : int32 conv
  val int64 : int64 conv
  val float : float conv
  val string : string conv
  val file : string conv
  val dir : string conv
  val non_dir_file : string conv
  val list : ?sep:char -> 'a conv -> 'a list conv
  val array : ?sep:char -> 'a conv -> 'a array conv
  val pair : ?sep:char -> 'a conv -> 'b conv -> ('a * 'b) conv
  val t2 : ?sep:char -> 'a conv -> 'b conv -> ('a * 'b) conv
  val t3 : ?sep:char -> 'a conv -> 'b conv -> 'c conv -> ('a * 'b * 'c) conv
end
`;

/** lwt src/core/lwt.mli: what 5.0.0 … 6.1.2 declare alike (Syntax from 5.4.0; mirage-runtime: lwt >= 4.0.0). */
export const LWT_MLI = `type +'a t
val return : 'a -> 'a t
val fail : exn -> _ t
val bind : 'a t -> ('a -> 'b t) -> 'b t
val catch : (unit -> 'a t) -> (exn -> 'a t) -> 'a t
val async : (unit -> unit t) -> unit
val both : 'a t -> 'b t -> ('a * 'b) t
val join : unit t list -> unit t
val pick : 'a t list -> 'a t
val choose : 'a t list -> 'a t
val map : ('a -> 'b) -> 'a t -> 'b t
module Infix : sig
  val ( >>= ) : 'a t -> ('a -> 'b t) -> 'b t
  val ( >|= ) : 'a t -> ('a -> 'b) -> 'b t
end
module Syntax : sig
  val ( let* ) : 'a t -> ('a -> 'b t) -> 'b t
  val ( and* ) : 'a t -> 'b t -> ('a * 'b) t
  val ( let+ ) : 'a t -> ('a -> 'b) -> 'b t
  val ( and+ ) : 'a t -> 'b t -> ('a * 'b) t
end
val return_unit : unit t
val return_none : _ option t
val fail_with : string -> _ t
val ( >>= ) : 'a t -> ('a -> 'b t) -> 'b t
val ( >|= ) : 'a t -> ('a -> 'b) -> 'b t
`;

/**
 * The run-time `Mirage_runtime` a unikernel and its main.ml see: lib_runtime/mirage/mirage_runtime.mli
 * @v4.0.0..v4.4.2 (log level not optional before 4.3.0), lib_runtime/mirage_runtime.mli @v4.5.0..v4.11.1. `register` (4.5.0–4.10.6, deprecated
 * from 4.8.0) and `register_arg` (4.8.0+) read a Cmdliner term; `name` from 4.10.0.
 */
export function mirageRuntimeMli(v: MirageVersion): string {
  const lines = [
    `type log_threshold = [ \`All | \`Src of string ] * Logs.level${atLeast(v, '4.3.0') ? ' option' : ''}`,
    'val at_exit : (unit -> unit Lwt.t) -> unit',
  ];
  if (atLeast(v, '4.5.0')) {
    if (atLeast(v, '4.5.1')) lines.push('val s_net : string', 'val s_disk : string', 'val s_log : string');
    if (atLeast(v, '4.10.0')) lines.push('val name : unit -> string');
    if (!atLeast(v, '4.11.0')) {
      const dep = atLeast(v, '4.8.0') ? ' [@@ocaml.deprecated "Use Mirage_runtime.register_arg instead."]' : '';
      lines.push(`val register : 'a Cmdliner.Term.t -> unit -> 'a${dep}`);
    }
    if (atLeast(v, '4.8.0')) lines.push("val register_arg : 'a Cmdliner.Term.t -> unit -> 'a");
  }
  return lines.join('\n') + '\n';
}
