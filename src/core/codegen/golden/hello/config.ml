(* mirage >= 4.9.0 & < 4.11.2 *)

open Mirage

let main = main "Unikernel" job

let () = register "hello" [ main ]

(* mirage-composer: {"format":1,"mirage":"4.11.1","target":"unix","name":"hello","positions":{"main":{"x":0,"y":0},"register":{"x":260,"y":0}},"runtimeArgs":[]} *)
