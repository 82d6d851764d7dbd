open Mirage
(* café *)
let () = register "x" []
