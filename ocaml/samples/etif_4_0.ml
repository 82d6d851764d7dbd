(* mirage >= 4.0.0 & < 4.6.0 *)
(* etif before its deprecation (4.6.0): 4.6.0 and 4.7.0 build config.ml with warnings as errors,
   so the same config fails there (alert deprecated: Mirage.etif). *)
open Mirage

let net = default_network
let eth = etif net
let main = main "Unikernel.Main" (ethernet @-> job)
let () = register "etif" [ main $ eth ]
