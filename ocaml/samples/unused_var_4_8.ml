(* mirage >= 4.8.0 & < 4.12.0 *)
(* An unused variable is a warning again from 4.8.0 (flags :standard -warn-error -A). *)
open Mirage

let main =
  let unused = "x" in
  main "Unikernel.Main" (network @-> job)

let () = register "unused" [ main $ default_network ]
