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

(* mirage-composer: {"format":1,"mirage":"4.11.1","target":"hvt","name":"encrypted_store","positions":{"main":{"x":1040,"y":0},"disk":{"x":0,"y":0},"db_disk":{"x":520,"y":0},"encrypted":{"x":260,"y":0},"fs":{"x":780,"y":0},"register":{"x":1300,"y":0}},"runtimeArgs":[{"name":"aes_ccm_key","type":"string","doc":"The AES-CCM key (hex)."},{"name":"fs_program_block_size","type":"int","default":"512","doc":"program_block_size of fs"}]} *)
