(* mirage >= 4.9.0 & < 4.12.0 *)

(* A static website served over HTTPS.  The pages and the certificates
   are two read-only stores; each has its own configure key, so both can
   be crunched or read from disk independently. *)

open Mirage

let stack = generic_stackv4v6 default_network

(* --pages-kv_ro=direct reads the pages from ./htdocs at run time *)
let pages_key = Key.(value @@ kv_ro ~group:"pages" ())
let pages = generic_kv_ro ~key:pages_key "htdocs"

let tls_key =
  Key.(value @@ kv_ro ~group:"tls" ())

let certs = generic_kv_ro ~key:tls_key "certs"

let server =
  cohttp_server
  @@ conduit_direct
       ~tls:true (* a plain HTTP server would say false *)
       stack

let main =
  let packages =
    [ package "uri"
    ; package ~min:"1.0.0" "magic-mime" (* for Content-Type *)
    ]
  in
  main ~packages "Site.Make" (kv_ro @-> kv_ro @-> http @-> job)

let () = register "site" [ main $ pages $ certs $ server ]
