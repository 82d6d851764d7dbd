(* mirage >= 4.0.0 & < 4.6.0 *)
(* mirage-skeleton applications/dns: a DNS client over the stack (no happy-eyeballs yet). *)
open Mirage

let stack = generic_stackv4v6 default_network
let dns = generic_dns_client stack
let main = main "Unikernel.Make" (dns_client @-> job)
let () = register "resolve" [ main $ dns ]
