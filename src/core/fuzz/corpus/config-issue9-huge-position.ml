open Mirage
let main = main "Unikernel" job
let () = register "x" [ main ]
(* mirage-composer: {"format":1,"target":"hvt","positions":{"main":{"x":1e307,"y":0}},"runtimeArgs":[]} *)
