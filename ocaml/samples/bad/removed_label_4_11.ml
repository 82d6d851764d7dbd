(* mirage >= 4.11.0 & < 4.12.0 *)
(* MUST FAIL: generic_stackv4v6 lost ?tcp in 4.11. *)
open Mirage

let net = default_network
let ip = create_ipv4v6 (create_ipv4 (etif net) (arp (etif net))) (create_ipv6 net (etif net))
let stack = generic_stackv4v6 ~tcp:(direct_tcp ip) net
let main = main "Unikernel.Main" (stackv4v6 @-> job)
let () = register "bad" [ main $ stack ]
