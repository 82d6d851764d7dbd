(* mirage >= 4.0.0 & < 4.3.0 *)
(* 4.0-era config: an IPv4-only stack built by hand (removed in 4.3), with a console. *)
open Mirage

let net = default_network
let eth = etif net
let arp = arp eth
let ip = create_ipv4 ~config:{ network = Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24"; gateway = None } eth arp
let stack = direct_stackv4 net eth arp ip
let main = main "Unikernel.Main" (console @-> stackv4 @-> job)
let () = register ~argv:default_argv "ping" [ main $ default_console $ stack ]
