(* mirage >= 4.6.0 & < 4.12.0 *)
(* mirage-skeleton applications/dns: the DNS client needs happy-eyeballs (4.6+). *)
open Mirage

let stack = generic_stackv4v6 default_network
let he = generic_happy_eyeballs stack
let dns = generic_dns_client stack he
let main = main "Unikernel.Make" (dns_client @-> job)
let () = register "resolve" [ main $ dns ]
