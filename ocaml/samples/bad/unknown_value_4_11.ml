(* mirage >= 4.11.0 & < 4.12.0 *)
(* MUST FAIL: default_time was removed in 4.10 (time is implicit). *)
open Mirage

let time_source = default_time
let main = main "Unikernel.Main" job
let () = register "bad" [ main ]
