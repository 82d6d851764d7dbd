(* mirage-skeleton tutorial/hello-key at 4.10+: no time device any more. *)
open Mirage

let hello = runtime_arg ~pos:__POS__ "Unikernel.hello"
let main = main ~runtime_args:[ hello ] "Unikernel.Hello" job
let () = register "hello" [ main ]
