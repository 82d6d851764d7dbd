(* mirage >= 4.5.0 & < 4.12.0 *)
(* mirage-skeleton tutorial/hello-key without a time device: a runtime argument defined in unikernel.ml. *)
open Mirage

let hello = runtime_arg ~pos:__POS__ "Unikernel.hello"
let main = main ~runtime_args:[ hello ] "Unikernel.Hello" job
let () = register "hello" [ main ]
