(* mirage >= 4.0.0 & < 4.9.0 *)
(* mirage-skeleton applications/static_website (cohttp): kv_ro data served over HTTP. *)
open Mirage

let data = generic_kv_ro "htdocs"
let stack = generic_stackv4v6 default_network
let conduit = conduit_direct ~tls:false stack
let http_srv = cohttp_server conduit

let main =
  let packages = [ package ~min:"3.0.0" "uri"; package "magic-mime" ] in
  main ~packages "Dispatch.HTTP" (pclock @-> http @-> kv_ro @-> job)

let () = register "www" [ main $ default_posix_clock $ http_srv $ data ]
