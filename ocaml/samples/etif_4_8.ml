(* mirage >= 4.8.0 & < 4.12.0 *)
(* etif is deprecated from 4.6.0, but from 4.8.0 config.ml warnings are not errors (-warn-error -A). *)
open Mirage

let net = default_network
let eth = etif net
let main = main "Unikernel.Main" (ethernet @-> job)
let () = register "etif" [ main $ eth ]
