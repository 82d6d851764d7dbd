/*
 * The few facts the migration needs that the reference data does not hold, each read from Mirage's sources
 * (cited). Everything else the steps derive from the per-release signatures, typs and flag facts.
 */

/** What a unikernel calls instead of a functor parameter a release made a plain module (4.9.0). */
export interface CodeMove {
  /** The call through the functor parameter (its module name varies; shown with the usual one). */
  before: string;
  after: string;
}

/**
 * 4.9.0 removed the time, pclock and mclock typs and made random a plain module: unikernels call
 * Mirage_sleep/Mirage_mtime/Mirage_ptime/Mirage_crypto_rng directly.
 * Sources: CHANGES.md@v4.9.0 (hello-key diff: `Time.sleep_ns` → `Mirage_sleep.ns`), mirage-skeleton ae2c934
 * (PR #407, linked from that entry: `MClock.elapsed_ns` → `Mirage_mtime.elapsed_ns ()`, `Pclock.now_d_ps ()` →
 * `Mirage_ptime.now ()`, `R.generate` → `Mirage_crypto_rng.generate`).
 */
export const CODE_MOVES: Readonly<Record<string, { param: string; moves: CodeMove[]; source: string }>> = {
  time: { param: 'Time', moves: [{ before: 'Time.sleep_ns', after: 'Mirage_sleep.ns' }], source: 'CHANGES.md@v4.9.0' },
  mclock: { param: 'Mclock', moves: [{ before: 'Mclock.elapsed_ns ()', after: 'Mirage_mtime.elapsed_ns ()' }], source: 'mirage-skeleton@ae2c934 (PR #407)' },
  pclock: {
    param: 'Pclock',
    moves: [
      { before: 'Ptime.v (Pclock.now_d_ps ())', after: 'Mirage_ptime.now ()' },
      { before: 'Pclock.current_tz_offset_s ()', after: 'Mirage_ptime.current_tz_offset_s ()' },
    ],
    source: 'mirage-skeleton@ae2c934 (PR #407)',
  },
  random: { param: 'R', moves: [{ before: 'R.generate', after: 'Mirage_crypto_rng.generate' }], source: 'mirage-skeleton@ae2c934 (PR #407)' },
};

/**
 * Before 4.9.0 Mirage rejects a `main` with no functor argument ("job without arguments"); going down,
 * such a main takes the time device, as the hello-key unikernel did before 4.9 (CHANGES.md@v4.9.0).
 */
export const JOB_WITHOUT_ARGUMENTS = { since: '4.9.0', typ: 'time', device: 'default_time', source: 'CHANGES.md@v4.9.0' } as const;

/**
 * Optional arguments 4.11.0 removed from the stacks, and the configure-time flag that now decides what they
 * chose (the flag's spelling comes from the flag facts of `fn`). `same`: the old default, for which nothing
 * changes. Sources: lib/devices/stack.ml@v4.10.6 (`?(dhcp_key = Key.value @@ Key.dhcp ?group ())`,
 * `?(net_key = Key.value @@ Key.net ?group ())`), lib/devices/stack.ml@v4.11.0 (`Key.no_dhcp`, `Key.net`
 * always read), lib/devices/tcp.ml@v4.11.0 (`direct_tcp` chooses µTCP by `Key.utcp`).
 */
export const REPLACED_BY_FLAG: Readonly<Record<string, { release: string; fn: string; same?: RegExp; what: string; source: string }>> = {
  dhcp_key: { release: '4.11.0', fn: 'Key.no_dhcp', same: /^Key\.value\s*(\(|@@)\s*\(?Key\.dhcp\s*\(\)\)?\s*\)?$/, what: 'DHCP is on unless `mirage configure` gets the flag', source: 'lib/devices/stack.ml@v4.11.0' },
  net_key: { release: '4.11.0', fn: 'Key.net', same: /^Key\.value\s*(\(|@@)\s*\(?Key\.net\s*\(\)\)?\s*\)?$/, what: 'the stack is chosen by the configure flag', source: 'lib/devices/stack.ml@v4.11.0' },
  tcp: { release: '4.11.0', fn: 'Key.utcp', what: 'the TCP implementation is chosen by the configure flag (µTCP with it, the tcpip one without)', source: 'lib/devices/tcp.ml@v4.11.0' },
};

/**
 * 4.5.1 renamed the cases of `Key.net` / `?net_key`: `Socket → `Host, `Direct → `OCaml
 * (lib/devices/key.ml@v4.5.1: `("socket", `Host); ("direct", `OCaml)`).
 */
export const ENUM_RENAMES: Readonly<Record<string, { release: string; map: Readonly<Record<string, string>>; source: string }>> = {
  net_key: { release: '4.5.1', map: { Socket: 'Host', Direct: 'OCaml' }, source: 'lib/devices/key.ml@v4.5.1' },
};

/**
 * 4.10.0 removed `?config` of create_ipv4/create_ipv6 and `?ipv4_config`/`?ipv6_config` of generic_stackv4v6:
 * their value was only the default of the boot flags of `Runtime_arg.V4/V6.network` and `.gateway`, which
 * stay (lib/devices/ip.ml@v4.9.0 `keyed_create_ipv4 ?config` vs lib/devices/ip.ml@v4.10.0). 4.10.2 gave
 * generic_stackv4v6 `?ipv4_network ?ipv4_gateway ?ipv6_network ?ipv6_gateway` back (CHANGES.md@v4.10.2).
 */
export const MOVED_TO_BOOT_FLAGS: Readonly<Record<string, { release: string; v: 'V4' | 'V6' | 'device'; later: string; source: string }>> = {
  config: { release: '4.10.0', v: 'device', later: '', source: 'lib/devices/ip.ml@v4.10.0' },
  ipv4_config: { release: '4.10.0', v: 'V4', later: '~ipv4_network/~ipv4_gateway', source: 'lib/devices/ip.ml@v4.10.0, CHANGES.md@v4.10.2' },
  ipv6_config: { release: '4.10.0', v: 'V6', later: '~ipv6_network/~ipv6_gateway', source: 'lib/devices/ip.ml@v4.10.0, CHANGES.md@v4.10.2' },
};
