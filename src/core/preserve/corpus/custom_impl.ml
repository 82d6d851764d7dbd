(* mirage >= 4.9.0 & < 4.12.0 *)
open Mirage

(* Nothing in the graph uses this type; it stays as written. *)
type mode = Fast | Safe

(* An implementation of our own: Mirage only needs its module name and type. *)
let cached = impl ~packages:[ package "lru" ] "Cached.Make" (kv_ro @-> kv_ro)

(* A helper with labelled parameters, used once. *)
let tcp_of ?(group = "svc") net = tcpv4v6_of_stackv4v6 (generic_stackv4v6 ~group net)

let tcp = tcp_of ~group:"api" default_network

let main = main "Api.Make" (kv_ro @-> tcpv4v6 @-> job)

let () = register "api" [ main $ (cached $ generic_kv_ro "data") $ tcp ]
