(* mirage >= 4.0.0 & < 4.3.2 *)
(* An unused variable: a warning only up to 4.3.1 (flags :standard -warn-error -A); from 4.3.2 to
   4.7.0 dune's default warnings are errors and `mirage configure` stops. *)
open Mirage

let main =
  let unused = "x" in
  main "Unikernel.Main" (network @-> job)

let () = register "unused" [ main $ default_network ]
