(* mirage >= 4.10.0 & < 4.12.0 *)
open Mirage

let port : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.port"

let tcp =
  let stack = generic_stackv4v6 default_network in
  tcpv4v6_of_stackv4v6 stack

let http = paf_server ~port tcp

let main =
  main ~runtime_args:[ Runtime_arg.v port ]
    "Unikernel.Make" (http_server @-> job)

let () = register "web" [ main $ http ]
