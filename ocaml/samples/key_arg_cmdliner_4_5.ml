(* mirage >= 4.5.0 & < 4.12.0 *)
(* A configure key from 4.5 on: Key.Arg.opt takes a Cmdliner converter and a Cmdliner.Arg.info. *)
open Mirage

let name = Key.create "docteur-name" Key.Arg.(opt Cmdliner.Arg.string "data" (info [ "docteur-name" ]))
let fs = docteur ~name "relativize://data"
let main = main "Unikernel.Main" (kv_ro @-> job)
let () = register "docteur" [ main $ fs ]
