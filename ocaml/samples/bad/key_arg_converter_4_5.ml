(* mirage >= 4.5.0 & < 4.12.0 *)
(* MUST FAIL: from 4.5 Key.Arg has no converters of its own (key.mli: opt : 'a Cmdliner.Arg.conv -> …),
   so Key.Arg.(opt string …) names an unbound value. *)
open Mirage

let name = Key.create "docteur-name" Key.Arg.(opt string "data" (info [ "docteur-name" ]))
let fs = docteur ~name "relativize://data"
let main = main "Unikernel.Main" (kv_ro @-> job)
let () = register "docteur" [ main $ fs ]
