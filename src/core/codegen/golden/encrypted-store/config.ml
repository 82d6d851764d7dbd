(* mirage >= 4.5.0 & < 4.11.2 *)

open Mirage

let aes_ccm_key : (string option) runtime_arg =
  Runtime_arg.create ~pos:__POS__ "Unikernel.aes_ccm_key"

let fs_program_block_size : int runtime_arg =
  Runtime_arg.create ~pos:__POS__ "Unikernel.fs_program_block_size"

let main = main "Unikernel.Make" (block @-> kv_rw @-> job)

let disk = block_of_file "storage"
let db_disk = block_of_file "db"
let encrypted = ccm_block aes_ccm_key disk
let fs = chamelon ~program_block_size:fs_program_block_size db_disk

let () = register "encrypted_store" [ main $ encrypted $ fs ]
