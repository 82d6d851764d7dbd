(* mirage >= 4.0.0 & < 4.12.0 *)
(* mirage-skeleton device-usage/network style: a dual stack on a target-dependent network. *)
open Mirage

let net =
  if_impl Key.is_solo5 (netif "service")
    (match_impl Key.(value target) [ (`Xen, netif "0") ] ~default:default_network)

let stack = generic_stackv4v6 net
let main = main "Unikernel.Main" (stackv4v6 @-> job)
let () = register "network" [ main $ stack ]
