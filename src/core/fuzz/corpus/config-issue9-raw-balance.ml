open Mirage
let c = (* '"' *) Key.is_solo5
let x = if_impl c default_network default_network
let () = register "x" []
