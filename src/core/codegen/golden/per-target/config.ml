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

(* mirage-composer: {"format":1,"mirage":"4.11.1","target":"hvt","name":"per_target","positions":{"main":{"x":2340,"y":0},"disk":{"x":0,"y":0},"mem":{"x":260,"y":0},"net":{"x":780,"y":0},"eth0":{"x":1040,"y":0},"helper":{"x":1820,"y":0},"kv":{"x":2080,"y":0},"block":{"x":520,"y":0},"network":{"x":1300,"y":0},"stack":{"x":1560,"y":0},"register":{"x":2600,"y":0}},"runtimeArgs":[]} *)
