(* mirage >= 4.5.0 & < 4.6.0 *)
(* MUST FAIL: default_mtime only exists from 4.10 on. *)
open Mirage

let main = main "Unikernel.Main" (mtime @-> job)
let () = register "bad" [ main $ default_mtime ]
