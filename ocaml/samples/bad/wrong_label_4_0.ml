(* mirage >= 4.0.0 & < 4.1.0 *)
(* MUST FAIL: generic_stackv4v6 got ?tcp only in 4.5. *)
open Mirage

let net = default_network
let stack = generic_stackv4v6 ~tcp:(direct_tcp (create_ipv4 (etif net) (arp (etif net)))) net
let main = main "Unikernel.Main" (stackv4v6 @-> job)
let () = register "bad" [ main $ stack ]
