(* mirage >= 4.0.0 & < 4.5.0 *)
(* mirage-skeleton tutorial/hello-key at 4.0: a configure/run-time key. *)
open Mirage

let hello =
  let doc = Key.Arg.info ~doc:"How to say hello." [ "hello" ] in
  Key.(create "hello" Arg.(opt ~stage:`Both string "Hello World!" doc))

let main = main ~keys:[ key hello ] "Unikernel.Hello" (time @-> job)
let () = register "hello" [ main $ default_time ]
