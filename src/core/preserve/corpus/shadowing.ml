(* mirage >= 4.11.0 & < 4.12.0 *)
open Mirage

(* A local network named like Mirage's: Mirage.default_network is still Mirage's. *)
let default_network = netif "eth1"

let outside = generic_stackv4v6 Mirage.default_network
let inside = generic_stackv4v6 ~group:"inside" default_network

(* A helper called [package] does not hide Mirage.package. *)
let package name = Mirage.package ~min:"1.0" name

let main =
  main "Bridge.Make"
    ~packages:[ package "logs"; Mirage.package "fmt" ]
    (stackv4v6 @-> stackv4v6 @-> job)

let () = register "bridge" [ main $ outside $ inside ]
