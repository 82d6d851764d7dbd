(* mirage >= 4.8.0 & < 4.12.0 *)
open Mirage

(* Every name lookup goes through this stack. *)
let stack = default_network |> generic_stackv4v6 ~group:"net"

let he = generic_happy_eyeballs stack

let dns =
  generic_dns_client
    ~nameservers:[ "udp:9.9.9.9" ] (* quad9 *)
    stack he

let unikernel =
  main "Resolver.Make" (dns_client @-> job)
    ~packages:[ package "domain-name" ]

let () =
  register "resolver"
    [ unikernel $ dns ]
