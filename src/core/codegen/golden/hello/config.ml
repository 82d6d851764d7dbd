(* mirage >= 4.9.0 & < 4.11.2 *)

open Mirage

let main = main "Unikernel" job

let () = register "hello" [ main ]
