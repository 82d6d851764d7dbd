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
