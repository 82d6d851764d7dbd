(* mirage >= 4.6.0 & < 4.12.0 *)
(* Mirage docs, paf_client: an ALPN (http/1.1 + h2) client over happy-eyeballs and DNS. *)
open Mirage

let main = main "Unikernel.Make" (alpn_client @-> job)
let stackv4v6 = generic_stackv4v6 default_network
let he = generic_happy_eyeballs stackv4v6
let dns = generic_dns_client stackv4v6 he

let alpn_client =
  let mimic = mimic_happy_eyeballs stackv4v6 he dns in
  paf_client (tcpv4v6_of_stackv4v6 stackv4v6) mimic

let () = register "main" [ main $ alpn_client ]
