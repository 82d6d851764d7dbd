(* mirage >= 4.3.0 & < 4.12.0 *)
(* mirage-skeleton applications/static_website (cohttp) without explicit clocks (4.3+). *)
open Mirage

let data = generic_kv_ro ~key:Key.(value (kv_ro ())) "htdocs"
let stack = generic_stackv4v6 default_network
let conduit = conduit_direct ~tls:false stack
let http_srv = cohttp_server conduit

let main =
  let packages = [ package ~min:"3.0.0" "uri"; package "magic-mime" ] in
  main ~packages "Dispatch.HTTP" (http @-> kv_ro @-> job)

let () = register "www" ~reporter:(default_reporter ~level:(Some Logs.Info) ()) [ main $ http_srv $ data ]
