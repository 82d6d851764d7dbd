(* mirage >= 4.7.0 & < 4.8.0 *)
(* MUST FAIL: create_ipv4v6 takes the IPv4 layer first. *)
open Mirage

let net = default_network
let eth = etif net
let arp = arp eth
let v4 = create_ipv4 eth arp
let v6 = create_ipv6 net eth
let ip = create_ipv4v6 v6 v4
let main = main "Unikernel.Main" (ipv4v6 @-> job)
let () = register "bad" [ main $ ip ]
