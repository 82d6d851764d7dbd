(* mirage >= 4.3.2 & < 4.8.0 *)
(* MUST FAIL: 4.3.2–4.7.0 compile config.ml with dune's default warnings as errors (unused variable). *)
open Mirage

let main =
  let unused = "x" in
  main "Unikernel.Main" (network @-> job)

let () = register "unused" [ main $ default_network ]
