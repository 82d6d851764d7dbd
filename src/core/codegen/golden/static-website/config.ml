(* mirage >= 4.11.0 & < 4.11.2 *)

open Mirage

let main = main "Unikernel.Make" (kv_ro @-> http @-> job)

let htdocs = generic_kv_ro "htdocs"
let net = default_network

let stack =
  generic_stackv4v6 ~ipv4_network:(Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24")
    ~ipv4_gateway:(Ipaddr.V4.of_string_exn "10.0.0.1") net

let conduit = conduit_direct ~tls:true stack
let http = cohttp_server conduit

let () = register "static_website" [ main $ htdocs $ http ]

(* mirage-composer: {"format":1,"mirage":"4.11.1","target":"unix","name":"static_website","positions":{"main":{"x":1300,"y":0},"htdocs":{"x":0,"y":0},"net":{"x":260,"y":0},"stack":{"x":520,"y":0},"conduit":{"x":780,"y":0},"http":{"x":1040,"y":0},"register":{"x":1560,"y":0}},"runtimeArgs":[]} *)
