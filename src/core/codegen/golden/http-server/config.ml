(* mirage >= 4.11.0 & < 4.11.2 *)

open Mirage

let port : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.port"
let hello : string runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.hello"

let main =
  main ~packages:[ package ~min:"2.0" "yojson" ] ~runtime_args:[ Runtime_arg.v hello ]
    "Unikernel.Make" (http_server @-> job)

let net = default_network
let reporter = default_reporter ~level:(Some Logs.Debug) ()
let stack = generic_stackv4v6 net
let tcp = tcpv4v6_of_stackv4v6 stack
let http_server = paf_server ~port tcp

let () = register "http_server" ~reporter [ main $ http_server ]
