(* mirage >= 4.5.0 & < 4.8.0 *)
open Mirage

(* The unikernel names its arguments itself; config.ml only binds them. *)
let key : string option runtime_arg =
  Runtime_arg.create ~pos:__POS__ "Unikernel.aes_ccm_key"

let pbs : int runtime_arg =
  Runtime_arg.create ~pos:__POS__
    "Unikernel.program_block_size"

let disk = block_of_file "store"
let encrypted = ccm_block ~nonce_len:8 key disk
let fs = chamelon ~program_block_size:pbs encrypted

let main =
  main "Unikernel.Make"
    ~runtime_args:[ Runtime_arg.v key; Runtime_arg.v pbs ]
    (kv_rw @-> job)

let () = register "vault" [ main $ fs ]
