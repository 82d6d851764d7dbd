open Mirage

let y = constructor ()
let toString = valueOf
let () = register "x" []
