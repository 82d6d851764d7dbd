(* mirage >= 4.5.0 & < 4.6.0 *)
(* MUST FAIL: main takes two devices but only one is applied, so it is no job. *)
open Mirage

let stack = generic_stackv4v6 default_network
let main = main "Unikernel.Main" (stackv4v6 @-> kv_ro @-> job)
let () = register "bad" [ main $ stack ]
