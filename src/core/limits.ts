/**
 * The one set of size limits, shared by the design schema (validation and design files), share links,
 * import and export, so that whatever one side produces the other accepts: a share link is refused when
 * encoded if it would be refused when decoded, import never yields a design the schema refuses, and an
 * exported config.ml is never larger than import reads. Every number is checked in one place each.
 */
export const LIMITS = {
  /** Devices of a design (the schema; import refuses more bindings). */
  devices: 20_000,
  /** Wires of a design. */
  wires: 100_000,
  /** Sticky notes, and named groups, of a design. */
  notes: 5_000,
  groups: 5_000,
  /** Design runtime arguments: 10,000 already take ocamlc 9 s and 50,000 overflow its stack. */
  runtimeArgs: 1_000,
  /** A name: instance id, catalog id, binding name, runtime-argument name, unikernel name. */
  nameChars: 200,
  /** A description, a doc string, a runtime-argument default. */
  textChars: 10_000,
  /** A parameter string or a piece of raw OCaml (`{ ocaml }`, an `ocaml_code` node's code): as long as a config.ml, since import keeps bindings as code. */
  codeChars: 8 * 1024 * 1024,
  /** Items of a list parameter (strings, packages, typs). */
  listItems: 10_000,
  /** A design file's JSON text (app and CLI). */
  designFileBytes: 32 * 1024 * 1024,
  /** A share link's fragment. */
  shareLinkChars: 1_000_000,
  /** The design JSON a share link may inflate to (guards against deflate bombs). */
  shareJsonBytes: 5 * 1024 * 1024,
  /** A config.ml that import reads, and that export may write (import helper: switch MAX_SOURCE_BYTES to it). */
  configMlBytes: 8 * 1024 * 1024,
} as const;

/** A byte count as people read it (`5 MB`, `800 KB`). */
export function showBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
