(* mirage >= 4.3.2 & < 4.6.0 *)
(* Mirage docs, paf_client: an ALPN (http/1.1 + h2) client; at 4.5 the DNS client comes first. *)
open Mirage

let main = main "Unikernel.Make" (alpn_client @-> job)
let stackv4v6 = generic_stackv4v6 default_network
let dns = generic_dns_client stackv4v6
let he = generic_happy_eyeballs stackv4v6 dns

let alpn_client =
  let mimic = mimic_happy_eyeballs stackv4v6 dns he in
  paf_client (tcpv4v6_of_stackv4v6 stackv4v6) mimic

let () = register "main" [ main $ alpn_client ]
