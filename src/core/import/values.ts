import type { DeviceSpec } from '../catalog/spec';
import type { Package } from '../design/schema';
import type { CstNode } from './parser';

/** A name OCaml code uses and the instance it stands for (and which of its results, for a device that returns several). */
export type CodeRef = [name: string, id: string, port?: string];

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
  | { kind: 'builtin'; id: BuiltinId; arity: number; member?: string }
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
  | 'some'
  | 'key_value'
  | 'key_pure'
  | 'key_group';

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
  /** A device; `port` names one of the other results of a device that returns several (`lease`). */
  | { k: 'impl'; id: string; port?: string }
  | { k: 'typ'; name: string }
  | { k: 'functor'; typs: string[]; result: string }
  | { k: 'package'; pkg: Package | null }
  | { k: 'rtarg'; name: string }
  /** A configure key of Mirage's `Key` module (`value`: already a `… value`, as `Key.is_solo5` or `Key.value k`). */
  | { k: 'key'; key: string; group?: string; value: boolean }
  | { k: 'fn'; fn: Fn; args: Arg[] }
  /** OCaml the composer does not model; `refs` = instance ids it mentions. */
  | { k: 'code'; refs: CodeRef[]; type: string }
);

/** How a name resolved: a binding of config.ml, or a member of a module opened locally (`M.(…)`, `let open M in`). */
export type Resolved = { kind: 'local'; v: Val } | { kind: 'module'; module: string } | null;

/**
 * Lexical environment: immutable linked scopes, with the local opens as layers of their own (a module's
 * members shadow the bindings outside the open, as in OCaml). Long chains (thousands of top-level bindings)
 * are flattened every √size layers up to the nearest open, so lookups stay cheap without losing what each
 * closure captured.
 */
export class Env {
  private constructor(
    private readonly vars: ReadonlyMap<string, Val>,
    private readonly parent: Env | null,
    /** The module this layer opens (`Key` for `Key.(…)`), or null. */
    private readonly openHere: string | null,
    /** Innermost module opened around this scope: unknown names are read as `M.name`. */
    readonly opened: string | null,
    private readonly depth: number,
    private readonly size: number,
  ) {}
  static empty(): Env {
    return new Env(new Map(), null, null, null, 0, 0);
  }
  /** The binding of a name, ignoring opens. */
  get(name: string): Val | undefined {
    const here = this.vars.get(name);
    if (here) return here;
    for (let e = this.parent; e; e = e.parent) {
      const found = e.vars.get(name);
      if (found) return found;
    }
    return undefined;
  }
  /** Resolves a name through bindings and opens: `has(M, name)` tells whether an opened module defines it. */
  resolve(name: string, has: (module: string, name: string) => boolean): Resolved {
    const layer = (e: Env): Resolved | undefined => {
      const found = e.vars.get(name);
      if (found) return { kind: 'local', v: found };
      if (e.openHere && has(e.openHere, name)) return { kind: 'module', module: e.openHere };
      return undefined;
    };
    const here = layer(this);
    if (here) return here;
    for (let e = this.parent; e; e = e.parent) {
      const r = layer(e);
      if (r) return r;
    }
    return null;
  }
  with(name: string, v: Val): Env {
    return this.withAll(new Map([[name, v]]));
  }
  withAll(vars: Map<string, Val>): Env {
    const size = this.size + vars.size;
    if (this.depth + 1 > Math.max(16, Math.sqrt(size))) {
      const flat = new Map<string, Val>();
      // Up to the nearest open (which stays a layer of its own).
      const chain: Env[] = this.openHere ? [] : [this];
      let stop: Env | null = this.openHere ? this : this.parent;
      for (; stop && !stop.openHere; stop = stop.parent) chain.push(stop);
      for (const e of chain.reverse()) for (const [k, x] of e.vars) flat.set(k, x);
      for (const [k, x] of vars) flat.set(k, x);
      return new Env(flat, stop, null, this.opened, 0, flat.size);
    }
    return new Env(vars, this, null, this.opened, this.depth + 1, size);
  }
  open(module: string): Env {
    return new Env(new Map(), this, module, module, this.depth + 1, this.size);
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
    case 'key':
      return v.value ? 'a configure value' : 'a configure key';
    case 'fn':
      return 'a function';
    case 'code':
      return 'OCaml code';
  }
}
