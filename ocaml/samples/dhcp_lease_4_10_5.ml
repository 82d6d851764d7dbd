(* mirage >= 4.10.5 & < 4.12.0 *)
(* A DHCP-configured stack whose lease is handed to the unikernel, plus a resolver (4.10.5+). *)
open Mirage

let requests =
  let r = make_dhcp_requests () in
  add_dhcp_request r 6;
  r

let stack, dhcp_lease = generic_stackv4v6_with_lease ~dhcp_requests:requests default_network
let res = resolver_dns ~dhcp:(requests, dhcp_lease) stack
let main = main ~packages:[ package "dns-client" ] "Unikernel.Main" (stackv4v6 @-> lease @-> resolver @-> job)
let () = register "dhcp" ~sleep:default_sleep [ main $ stack $ dhcp_lease $ res ]
