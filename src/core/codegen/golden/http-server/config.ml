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

(* mirage-composer: {"format":1,"mirage":"4.11.1","target":"hvt","name":"http_server","positions":{"main":{"x":1300,"y":0},"net":{"x":0,"y":0},"reporter":{"x":1040,"y":0},"stack":{"x":260,"y":0},"tcp":{"x":520,"y":0},"http_server":{"x":780,"y":0},"register":{"x":1560,"y":0}},"runtimeArgs":[{"name":"port","type":"int","default":"8080","doc":"The TCP port to listen on."},{"name":"hello","type":"string","doc":"What to say."}]} *)
