(* mirage >= 4.4.0 & < 4.12.0 *)
let () = Mirage.register "noop" []
