(* mirage >= 4.10.0 & < 4.11.0 *)
(* MUST FAIL: conduit_direct needs a stackv4v6, a tcpv4v6 is given. *)
open Mirage

let stack = generic_stackv4v6 default_network
let conduit = conduit_direct (tcpv4v6_of_stackv4v6 stack)
let main = main "Unikernel.Main" (conduit @-> job)
let () = register "bad" [ main $ conduit ]
