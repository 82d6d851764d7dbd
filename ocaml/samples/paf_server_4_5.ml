(* mirage >= 4.5.0 & < 4.12.0 *)
(* Mirage docs, paf_server: an HTTP server on a port given at run time. (The docs pass
   ~runtime_args to register, which has no such argument; it belongs to main.) *)
open Mirage

let port = Runtime_arg.create ~pos:__POS__ "Unikernel.port"
let main = main ~runtime_args:[ Runtime_arg.v port ] "Unikernel.Make" (http_server @-> job)
let stackv4v6 = generic_stackv4v6 default_network
let http_server = paf_server ~port (tcpv4v6_of_stackv4v6 stackv4v6)
let () = register "main" [ main $ http_server ]
