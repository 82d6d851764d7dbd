#use "topfind"
open Mirage
let () = register "x" []
