(* mirage >= 4.6.0 & < 4.8.0 *)
(* MUST FAIL: etif is deprecated from 4.6.0 and 4.6.0–4.7.0 treat warnings (alerts) as errors. *)
open Mirage

let net = default_network
let eth = etif net
let main = main "Unikernel.Main" (ethernet @-> job)
let () = register "etif" [ main $ eth ]
