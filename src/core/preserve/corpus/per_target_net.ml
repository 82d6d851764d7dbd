(* mirage >= 4.10.0 & < 4.12.0 *)
open Mirage

let net =
  match_impl
    Key.(value target)
    [ (`Hvt, netif "service")
    ; (`Xen, netif "0")     (* xen names its interfaces by number *)
    ]
    ~default:default_network

let stack = generic_stackv4v6 net
let main = main "Unikernel.Main" (stackv4v6 @-> job)
let () = register "per_target" [ main $ stack ]
