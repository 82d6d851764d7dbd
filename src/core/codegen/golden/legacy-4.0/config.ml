(* mirage >= 4.0.0 & < 4.1.0 *)

open Mirage

(* Note: runtime arguments need Mirage 4.5 or later; 1 left out *)

let main = main "Unikernel.Make" (stackv4v6 @-> dns_client @-> job)

let net = default_network
let pclock = default_posix_clock

let stack =
  generic_stackv4v6 ~dhcp_key:(Key.pure true) ~net_key:(Key.pure (Some `Socket)) net

let reporter = default_reporter ~clock:pclock ~ring_size:64 ~level:Logs.Info ()

let dns =
  generic_dns_client ~timeout:(Key.create "dns-timeout" Key.Arg.(opt (some int64) (Some 5000000000L) (info [ "dns-timeout" ])))
    ~nameservers:(Key.create "dns-nameservers" Key.Arg.(opt (list string) [ "udp:8.8.8.8" ] (info [ "dns-nameservers" ])))
    stack

let () = register "legacy" ~reporter [ main $ stack $ dns ]
