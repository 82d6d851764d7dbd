(* mirage >= 4.10.0 & < 4.12.0 *)
open Mirage

(* Which disk the unikernel reads depends on the target. *)
let disk =
	if_impl Key.is_solo5
		(block_of_file "storage")   (* solo5: the storage device *)
		(if_impl Key.is_unikraft
			(block_of_file "0")
			(block_of_file "disk.img"))

let main = main "Unikernel.Main" (block @-> job)



let () = register "disk_reader" [ main $ disk ]
