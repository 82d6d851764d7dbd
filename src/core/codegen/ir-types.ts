import type { MirageVersion } from '../reference/types';

/** An OCaml expression of config.ml, as typed IR nodes (printed by `printExpr`). */
export type IrExpr =
  /** Reference to another instance's binding (resolved to a name after naming). */
  | { k: 'ref'; id: string; port?: string }
  /** Reference to a runtime argument's binding, by design runtime-arg name. */
  | { k: 'rtref'; name: string }
  /** A resolved binding name. */
  | { k: 'var'; name: string }
  /** A Mirage identifier (`default_network`, `Key.is_solo5`, `Key.(value target)`). */
  | { k: 'mirage'; name: string }
  | { k: 'app'; fn: IrExpr; args: IrArg[] }
  /** `f $ a $ b` */
  | { k: 'dollar'; fn: IrExpr; args: IrExpr[] }
  | { k: 'str'; v: string }
  /** Printed as is: an already-formatted literal (`42`, `(-1L)`, `true`, `` `Fast ``, `Logs.Info`, `None`). */
  | { k: 'lit'; text: string }
  /** A constructor with one argument: `Some x`, `Ipaddr.V4.of_string_exn "…"` (function application of a path). */
  | { k: 'ctor'; name: string; arg: IrExpr }
  | { k: 'list'; items: IrExpr[] }
  | { k: 'tuple'; items: IrExpr[] }
  | { k: 'unit' }
  /** Raw OCaml kept as written, printed in parentheses. */
  | { k: 'raw'; code: string }
  /** A functor type `a @-> b @-> job`. */
  | { k: 'arrow'; items: IrExpr[] }
  /** `let name = value in body` (aliases for `ocaml_code` references). */
  | { k: 'letin'; name: string; value: IrExpr; body: IrExpr }
  /** Something the design does not give: prints `(Stdlib.failwith "…")` so the file still compiles and says why. */
  | { k: 'missing'; why: string };

export interface IrArg {
  kind: 'labeled' | 'optional' | 'positional';
  label: string | null;
  value: IrExpr;
}

/** One top-level item of config.ml. */
export interface IrBinding {
  /** Instance id, or null for runtime arguments. */
  instId: string | null;
  /** Runtime argument name (design), for runtime-argument bindings. */
  runtimeArg?: string;
  name: string;
  /** Expression body; absent when `verbatim` is given. */
  expr?: IrExpr;
  /** OCaml type annotation printed after the name (`int runtime_arg`). */
  annotation?: string;
  /** Top-level OCaml printed as written (an `ocaml_code` definition). */
  verbatim?: string;
  /** The name the verbatim code itself defines (an alias follows when the binding was renamed). */
  definedName?: string;
  /** Verbatim code that binds no value for the node (`type …`, `module …`): references to it print as missing. */
  noValue?: boolean;
  /** A short explanation printed as a comment above the binding. */
  note?: string;
  /** Starts a new group of bindings (printed after a blank line): the first main, the first device. */
  groupStart?: boolean;
  /**
   * The other results of a device that returns several, by output port (`lease`), each with its binding name:
   * printed `let stack, lease = …`.
   */
  extra?: { port: string; name: string }[];
}

/** `let () = register "name" ~argv:x [ jobs ]` */
export interface IrRegister {
  instId: string;
  name: string;
  args: IrArg[];
  jobs: IrExpr[];
}

/** The whole config.ml as IR: bindings in dependency order, then the register calls. */
export interface IrProgram {
  version: MirageVersion;
  /** `>= a.b.0`, `< a.(b+1).0` */
  range: { min: string; max: string };
  bindings: IrBinding[];
  registers: IrRegister[];
  /** Notes about what could not be printed (also printed as comments). */
  notes: string[];
}
