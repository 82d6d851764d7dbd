(* mirage >= 4.8.0 & < 4.9.0 *)
(* MUST FAIL: the docs' paf_server example passes ~runtime_args to register; only main has it. *)
open Mirage

let port = Runtime_arg.create ~pos:__POS__ "Unikernel.port"
let main = main "Unikernel.Make" (http_server @-> job)
let http_server = paf_server ~port (tcpv4v6_of_stackv4v6 (generic_stackv4v6 default_network))
let () = register "main" ~runtime_args:[ Runtime_arg.v port ] [ main $ http_server ]
