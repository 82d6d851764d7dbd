// The `Functoria` library interface a config.ml sees at each Mirage release, read from the real source
// at the release's tag (mirror of github:mirage/mirage, `git show v<tag>:lib/functoria/<file>.mli`).
// Every item below has the exact signature of that file at that tag; items a config.ml never needs
// (engine, CLI, opam, graph internals) are left out, which can only make the stub stricter.
//   key.mli        eras: 4.0.0 | 4.1.0–4.2.1 (+Arg.pair) | 4.3.0–4.4.2 (Arg.list ?sep) | 4.5.0–4.10.1
//                  (Arg over Cmdliner, no ?stage, no converters) | 4.10.2+ (Arg.info ?doc_envs)
//   runtime_arg.mli  4.5.0 (create ?name) | 4.5.1+        (absent before 4.5.0)
//   functoria.mli  4.0.0–4.4.2 (module type KEY, keys/app_info) | 4.5.0+ (Context, Runtime_arg exported)
//   info.mli, device.mli, impl.mli, package.mli, type.mli, context.mli, install.mli, dune.mli,
//   action.mli, job.mli, argv.mli — at the tags named next to each item.
import type { MirageVersion } from '../src/core/reference/types';
import { atLeast } from '../src/core/reference/versions';

const from = (v: MirageVersion, min: string, text: string, otherwise = '') => (atLeast(v, min) ? text : otherwise);

/** The tags a key.mli era spans (for the comments; equal interfaces must print equal text). */
function keyEra(v: MirageVersion): string {
  if (atLeast(v, '4.10.2')) return 'v4.10.2..v4.11.1';
  if (atLeast(v, '4.5.0')) return 'v4.5.0..v4.10.1';
  if (atLeast(v, '4.3.0')) return 'v4.3.0..v4.4.2';
  if (atLeast(v, '4.1.0')) return 'v4.1.0..v4.2.1';
  return 'v4.0.0';
}

/** key.mli `module Arg` @v4.0.0..v4.4.2: Functoria's own converters and the `?stage` of each argument. */
function keyArgOld(v: MirageVersion): string {
  return `module Arg : sig
    type 'a serialize = Format.formatter -> 'a -> unit
    type 'a runtime_conv = string
    type 'a converter
    val conv : conv:'a Cmdliner.Arg.conv -> serialize:'a serialize -> runtime_conv:'a runtime_conv -> 'a converter
    val string : string converter
    val bool : bool converter
    val int : int converter
    val int64 : int64 converter
    val list : ${from(v, '4.3.0', '?sep:char -> ')}'a converter -> 'a list converter
${from(v, '4.1.0', "    val pair : ?sep:char -> 'a converter -> 'b converter -> ('a * 'b) converter\n")}    val some : 'a converter -> 'a option converter
    type 'a t
    type info
    val info : ?docs:string -> ?docv:string -> ?doc:string -> ?env:string -> string list -> info
    type stage = [ \`Configure | \`Run | \`Both ]
    val opt : ?stage:stage -> 'a converter -> 'a -> info -> 'a t
    val required : ?stage:stage -> 'a converter -> info -> 'a option t
    val flag : ?stage:stage -> info -> bool t
    val opt_all : ?stage:stage -> 'a converter -> info -> 'a list t
  end`;
}

/** key.mli `module Arg` @v4.5.0..: a thin layer over Cmdliner (`'a Cmdliner.Arg.conv`, `Cmdliner.Arg.info`). */
function keyArgNew(v: MirageVersion): string {
  return `module Arg : sig
    type 'a t
    val opt : 'a Cmdliner.Arg.conv -> 'a -> Cmdliner.Arg.info -> 'a t
    val required : 'a Cmdliner.Arg.conv -> Cmdliner.Arg.info -> 'a option t
    val flag : Cmdliner.Arg.info -> bool t
    val opt_all : 'a Cmdliner.Arg.conv -> Cmdliner.Arg.info -> 'a list t
    val info : ?deprecated:string -> ?absent:string -> ?docs:string -> ${from(v, '4.10.2', '?doc_envs:Cmdliner.Cmd.Env.info list -> ')}?docv:string -> ?doc:string -> ?env:Cmdliner.Cmd.Env.info -> string list -> Cmdliner.Arg.info
  end`;
}

/** key.mli at the release (see the eras above). */
function keyModule(v: MirageVersion): string {
  const old = !atLeast(v, '4.5.0');
  const ctx = old ? 'context' : 'Context.t';
  return `module Key : sig
  ${old ? keyArgOld(v) : keyArgNew(v)}
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
  val v : 'a key -> t
${old ? '  val abstract : \'a key -> t [@@ocaml.deprecated "Use Functoria.Key.v."]\n' : ''}  val equal : t -> t -> bool
${old ? '  val hash : t -> int\n  val compare : t -> t -> int\n' : ''}  val pp : t Fmt.t
  module Set : sig
    include Set.S with type elt = t
    val pp : t Fmt.t
  end
  val of_deps : Set.t -> unit value
  val deps : 'a value -> Set.t
  val pp_deps : 'a value Fmt.t
${
  old
    ? `  val is_runtime : t -> bool
  val is_configure : t -> bool
  val filter_stage : Arg.stage -> Set.t -> Set.t
  module Alias : sig
    type 'a t
    val add : 'b key -> ('a -> 'b option) -> 'a t -> 'a t
    val flag : Arg.info -> bool t
  end
  val alias : string -> 'a Alias.t -> 'a key
  val aliases : t -> Set.t
  type context
  val dump_context : context Fmt.t
  val empty_context : context
  val merge_context : default:context -> context -> context
`
    : ''
}  val add_to_context : 'a key -> 'a -> ${ctx} -> ${ctx}
  val context : ${old ? '?stage:Arg.stage -> with_required:bool -> ' : ''}Set.t -> ${ctx} Cmdliner.Term.t
  val mem : ${ctx} -> 'a value -> bool
  val peek : ${ctx} -> 'a value -> 'a option
  val eval : ${ctx} -> 'a value -> 'a
  val get : ${ctx} -> 'a key -> 'a
  val find : ${ctx} -> 'a key -> 'a option
  val pps : ${ctx} -> Set.t Fmt.t
end`;
}

/** functoria.mli @v4.0.0..v4.4.2: `module type KEY`, exactly as declared there. */
const KEY_MODULE_TYPE = `module type KEY =
  module type of Key
    with type 'a Arg.converter = 'a Key.Arg.converter
     and type 'a Arg.t = 'a Key.Arg.t
     and type Arg.info = Key.Arg.info
     and type 'a value = 'a Key.value
     and type 'a key = 'a Key.key
     and type t = Key.t
     and type Set.t = Key.Set.t
     and type 'a Alias.t = 'a Key.Alias.t
     and type context = Key.context`;

/** runtime_arg.mli @v4.5.0 (`create ?name`) and @v4.5.1.. (without it). */
function runtimeArgModule(v: MirageVersion): string {
  return `module Runtime_arg : sig
  type 'a arg
  val create : pos:string * int * int * int -> ${v === '4.5.0' ? '?name:string -> ' : ''}?packages:Package.t list -> string -> 'a arg
  type t
  val packages : t -> Package.t list
  val v : 'a arg -> t
  module Set : sig
    include Set.S with type elt = t
    val pp : t Fmt.t
  end
end`;
}

/** info.mli: the accessors a config.ml's `connect`/`configure` functions use, per tag. */
function infoModule(v: MirageVersion): string {
  const rt = atLeast(v, '4.5.0');
  return `module Info : sig
  type t
  val config_file : t -> Fpath.t
  val name : t -> string
${rt ? '  val project_name : t -> string\n' : ''}  val main : t -> Fpath.t
  val output : t -> string option
  val with_output : t -> string -> t
  val libraries : t -> string list
  val packages : t -> Package.t list
  val keys : t -> Key.t list
${rt ? '  val runtime_args : t -> Runtime_arg.t list\n' : ''}  val context : t -> ${rt ? 'Context.t' : 'Key.context'}
  val get : t -> 'a Key.key -> 'a
end`;
}

/** The `Functoria` stub at a release, in dependency order (each module only mentions earlier ones). */
export function functoriaMli(v: MirageVersion): string {
  const rt = atLeast(v, '4.5.0');
  return `(* type.mli @v4.0.0..v4.11.1 (unchanged) *)
module Type : sig
  type 'a t = Type : 'a -> 'a t | Function : 'a t * 'b t -> ('a -> 'b) t
  val v : 'a -> 'a t
  val ( @-> ) : 'a t -> 'b t -> ('a -> 'b) t
  val is_functor : _ t -> bool
  val pp : 'a t Fmt.t
end
(* package.mli: type scope, t and v are the same at every tag *)
module Package : sig
  type scope = [ \`Switch | \`Monorepo ]
  type t
  val v : ?scope:scope -> ?build:bool -> ?sublibs:string list -> ?libs:string list -> ?min:string -> ?max:string -> ?pin:string -> ?pin_version:string -> string -> t
  val name : t -> string
  val libraries : t -> string list
end
${rt ? `(* context.mli @v4.5.0..v4.11.1 (unchanged; before 4.5.0 keys had their own Key.context) *)
module Context : sig
  type 'a key
  val new_key : string -> 'a key
  type t
  val empty : t
  val add : 'a key -> 'a -> t -> t
  val mem : 'a key -> t -> bool
  val find : 'a key -> t -> 'a option
  val merge : default:t -> t -> t
  val dump : t Fmt.t
end
` : ''}(* key.mli @${keyEra(v)} *)
${keyModule(v)}
${rt ? `(* runtime_arg.mli @${v === '4.5.0' ? 'v4.5.0' : 'v4.5.1..v4.11.1'} *)\n${runtimeArgModule(v)}\n` : ''}(* install.mli: type t, v, empty, union *)
module Install : sig
  type t
  val v : ?bin:(Fpath.t * Fpath.t) list -> ?etc:Fpath.t list -> unit -> t
  val union : t -> t -> t
  val empty : t
end
${infoModule(v)}
(* dune.mli: type stanza, stanza, stanzaf *)
module Dune : sig
  type stanza
  val stanza : string -> stanza
  val stanzaf : ('a, Format.formatter, unit, stanza) format4 -> 'a
end
(* action.mli @v4.0.0..v4.11.1: type 'a t, ok, error, errorf *)
module Action : sig
  type 'a t
  val ok : 'a -> 'a t
  val error : string -> 'a t
  val errorf : ('a, Format.formatter, unit, 'b t) format4 -> 'a
end
(* device.mli: type ('a, 'b) t and the type of connect code: a string up to 4.4.2, a private record from 4.5.0 *)
module Device : sig
  type ('a, 'b) t
${
  rt
    ? `  type 'a code = private { pos : (string * int * int * int) option; code : string; }
  val code : pos:string * int * int * int -> ('a, Format.formatter, unit, 'b code) format4 -> 'a`
    : "  type 'a code = string"
}
end
(* impl.mli: type 'a t, abstract, 'a device *)
module Impl : sig
  type 'a t
  type abstract
  type 'a device = ('a, abstract) Device.t
end
(* job.mli: type t; the module is not exported by functoria.mli (DSL.mli: type job = Job.t) *)
module Functoria__Job : sig type t end
${rt ? '' : `${KEY_MODULE_TYPE}\n`}type job = Functoria__Job.t
(* functoria.mli: type argv = Argv.t (Argv is not exported) *)
type argv
type package = Package.t
`;
}
