(* mirage >= 4.11.0 & < 4.11.2 *)

open Mirage

let main = main "Unikernel.Make" (block @-> stackv4v6 @-> kv_ro @-> job)

let disk = block_of_file "storage"
let mem = ramdisk "storage"
let net = default_network
let eth0 = netif "eth0"

let helper =
  let x = 1 in
  x + 1

let kv = generic_kv_ro ~key:Key.(value @@ kv_ro ()) "data"
let block : block impl = if_impl Key.is_solo5 disk mem

let network : network impl =
  match_impl Key.(value target) [ (`Hvt, eth0); (`Unix, net) ] ~default:net

let stack = generic_stackv4v6 network

let () = register "per_target" [ main $ block $ stack $ kv ]
