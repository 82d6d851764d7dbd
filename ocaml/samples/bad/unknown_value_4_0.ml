(* mirage >= 4.0.0 & < 4.1.0 *)
(* MUST FAIL: runtime_arg only exists from 4.5 on (4.0 has keys). *)
open Mirage

let hello = runtime_arg ~pos:__POS__ "Unikernel.hello"
let main = main ~keys:[ hello ] "Unikernel.Hello" (time @-> job)
let () = register "hello" [ main $ default_time ]
