(* mirage >= 4.5.0 & < 4.9.0 *)
(* mirage-skeleton tutorial/hello-key at 4.5+: a runtime argument defined in unikernel.ml. *)
open Mirage

let hello = runtime_arg ~pos:__POS__ "Unikernel.hello"
let main = main ~runtime_args:[ hello ] "Unikernel.Hello" (time @-> job)
let () = register "hello" [ main $ default_time ]
