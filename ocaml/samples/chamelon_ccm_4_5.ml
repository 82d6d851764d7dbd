(* mirage >= 4.5.0 & < 4.12.0 *)
(* Mirage docs, chamelon + ccm_block: a littlefs file system on an AES-CCM encrypted block. *)
open Mirage

let program_block_size = Runtime_arg.create ~pos:__POS__ "Unikernel.program_block_size"

let encrypted_block =
  let aes_ccm_key = Runtime_arg.create ~pos:__POS__ "Unikernel.aes_ccm_key" in
  let block = block_of_file "edb" in
  ccm_block aes_ccm_key block

let fs = chamelon ~program_block_size encrypted_block
let plain = chamelon ~program_block_size (block_of_file "db")
let main = main "Unikernel.Make" (kv_rw @-> kv_rw @-> job)
let () = register "chamelon" [ main $ fs $ plain ]
