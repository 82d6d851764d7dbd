(* mirage >= 4.11.0 & < 4.12.0 *)

open Mirage

(* Ask the DHCP server for name servers (option 6) as well. *)
let requests = make_dhcp_requests ()

(* The stack also hands over the lease it got, so the resolver can read the
   name servers from it. *)
let stack, dhcp_lease =
  generic_stackv4v6_with_lease ~dhcp_requests:requests default_network

let he = generic_happy_eyeballs stack
let dns = generic_dns_client ~dhcp:(requests, dhcp_lease) stack he

let main =
  main "Unikernel.Make"
    ~packages:[ package "duration" ]
    (stackv4v6 @-> lease @-> dns_client @-> job)

let () = register "lookup" [ main $ stack $ dhcp_lease $ dns ]
