import type { DeviceSpec } from '../catalog/spec';
import type { Package } from '../design/schema';
import type { CstNode } from './parser';

/** A name OCaml code uses and the instance it stands for. */
export type CodeRef = [name: string, id: string];

/** An argument as written at a call site (`~port:x`, `?group`, positional). */
export interface Arg {
  label: string | null;
  optional: boolean;
  value: Val;
  node: CstNode;
}

/** A function parameter of a helper (`~port`, `?(group = "x")`, `s`). */
export interface Param {
  label: string | null;
  optional: boolean;
  /** Local name the parameter binds. */
  name: string;
  /** Default expression of an optional parameter. */
  default: CstNode | null;
}

/** Something callable: a catalog device, a built-in of the eDSL, a helper written in config.ml, a partial `main`. */
export type Fn =
  | { kind: 'device'; spec: DeviceSpec }
  | { kind: 'builtin'; id: BuiltinId; arity: number }
  | { kind: 'closure'; params: Param[]; body: CstNode; env: Env; name: string; top?: CstNode }
  | { kind: 'main'; id: string };

export type BuiltinId =
  | 'main'
  | 'register'
  | 'package'
  | 'rtarg'
  | 'rtarg_v'
  | 'if_impl'
  | 'match_impl'
  | 'ip'
  | 'some';

/** A value of the config.ml subset; `text` is OCaml that rebuilds it at top level. */
export type Val = { text: string; node: CstNode } & (
  | { k: 'unit' }
  | { k: 'str'; v: string }
  | { k: 'int'; v: number }
  | { k: 'int64'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'list'; items: Val[] }
  | { k: 'tuple'; items: Val[] }
  | { k: 'variant'; tag: string; arg: Val | null }
  | { k: 'option'; v: Val | null }
  | { k: 'impl'; id: string }
  | { k: 'typ'; name: string }
  | { k: 'functor'; typs: string[]; result: string }
  | { k: 'package'; pkg: Package | null }
  | { k: 'rtarg'; name: string }
  | { k: 'fn'; fn: Fn; args: Arg[] }
  /** OCaml the composer does not model; `refs` = instance ids it mentions. */
  | { k: 'code'; refs: CodeRef[]; type: string }
);

/**
 * Lexical environment: immutable linked scopes. Long chains (thousands of top-level bindings) are
 * flattened every √size layers, so lookups stay cheap without losing what each closure captured.
 */
export class Env {
  private constructor(
    private readonly vars: ReadonlyMap<string, Val>,
    private readonly parent: Env | null,
    /** Module opened locally (`Key.(…)`): unknown names are read as `M.name`. */
    readonly opened: string | null,
    private readonly depth: number,
    private readonly size: number,
  ) {}
  static empty(): Env {
    return new Env(new Map(), null, null, 0, 0);
  }
  get(name: string): Val | undefined {
    const v = this.vars.get(name);
    if (v) return v;
    for (let e = this.parent; e; e = e.parent) {
      const found = e.vars.get(name);
      if (found) return found;
    }
    return undefined;
  }
  with(name: string, v: Val): Env {
    return this.withAll(new Map([[name, v]]));
  }
  withAll(vars: Map<string, Val>): Env {
    const size = this.size + vars.size;
    if (this.depth + 1 > Math.max(16, Math.sqrt(size))) {
      const flat = new Map<string, Val>();
      const chain: Env[] = [this];
      for (let e = this.parent; e; e = e.parent) chain.push(e);
      for (const e of chain.reverse()) for (const [k, x] of e.vars) flat.set(k, x);
      for (const [k, x] of vars) flat.set(k, x);
      return new Env(flat, null, this.opened, 0, flat.size);
    }
    return new Env(vars, this, this.opened, this.depth + 1, size);
  }
  open(module: string): Env {
    return new Env(new Map(), this, module, this.depth + 1, this.size);
  }
}

/** Short description of a value for messages ("a string", "a device"). */
export function describe(v: Val): string {
  switch (v.k) {
    case 'unit':
      return '`()`';
    case 'str':
      return 'a string';
    case 'int':
      return 'an int';
    case 'int64':
      return 'an int64';
    case 'bool':
      return 'a bool';
    case 'list':
      return 'a list';
    case 'tuple':
      return 'a tuple';
    case 'variant':
      return `\`${v.tag}`;
    case 'option':
      return 'an option';
    case 'impl':
      return 'a device';
    case 'typ':
    case 'functor':
      return 'a module type';
    case 'package':
      return 'a package';
    case 'rtarg':
      return 'a runtime argument';
    case 'fn':
      return 'a function';
    case 'code':
      return 'OCaml code';
  }
}
