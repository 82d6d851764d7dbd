(* mirage-skeleton applications/dns at 4.7+: the DNS client needs happy-eyeballs. *)
open Mirage

let stack = generic_stackv4v6 default_network
let he = generic_happy_eyeballs stack
let dns = generic_dns_client stack he
let main = main "Unikernel.Make" (dns_client @-> job)
let () = register "resolve" [ main $ dns ]
