import type { Catalog } from '../catalog';
import type { ParamValue, RuntimeArg } from '../design/schema';
import type { ArgSpan, Span } from '../design/source';
import { type Diagnostic, type DiagnosticCode, diag } from '../diagnostics';
import { LIMITS } from '../limits';
import type { CstNode } from './parser';
import { bindsOf } from './source-items';
import type { CodeRef, Val } from './values';

/** An instance being built; ids are provisional until names are settled in `finalize`. */
export interface Pending {
  id: string;
  device: string;
  params: Record<string, ParamValue>;
  /** Binding name from `let name = …`, when the instance is the value of a binding. */
  bind: string | null;
  /** Name to derive from when there is no binding (device id). */
  hint: string;
  /** Instances an `ocaml_code` node mentions (wired into its `ref_…` ports). */
  refs: CodeRef[];
  /** Why an `ocaml_code` instance was kept as written. */
  reason?: string;
  line: number;
  column: number;
  /** Source map: the top-level item that made it, its expression when written in place, and its arguments. */
  item: number;
  span: Span | null;
  fnEnd?: number;
  bindSpan?: Span;
  use?: Span;
  useFn?: Span;
  args: Map<string, ArgSpan>;
  /** The expression has arguments the design does not hold (printing it anew would lose them). */
  lossy?: boolean;
  /** Binding names of the other results (`let stack, lease = …`), by output port, and where each is written. */
  outputNames?: Map<string, string>;
  outputSpans?: Map<string, Span>;
}

export interface PendingWire {
  from: string;
  /** Which result of `from`, when it returns several (`lease`). */
  fromPort?: string;
  to: string;
  port: string;
  line: number;
  column: number;
}

/** A `main "M" (a @-> b @-> job)` waiting for its arguments (`main $ a $ b`). */
export interface MainDraft {
  params: Record<string, ParamValue>;
  arity: number;
  bind: string | null;
  node: CstNode;
  made: Map<string, string>;
  /** Source map of the definition: its item, span, name, arguments. */
  item: number;
  span: Span | null;
  fnEnd?: number;
  bindSpan?: Span;
  args: Map<string, { span: Span; value?: Span; items?: Span[] }>;
  lossy: boolean;
}

/** Fatal problem: the import stops (limits, internal failure). */
export class ImportAbort extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/** A problem in one expression: the enclosing binding is kept as code with this error. */
export class EvalError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly node: CstNode,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Code as if it started at column 0: later lines lose the indentation of the first one (when they have it). */
export function dedent(text: string, column: number): string {
  if (column === 0 || !text.includes('\n')) return text;
  const pad = new RegExp(`\n[ \t]{${column}}`, 'g');
  return text.split('\n').every((l, i) => i === 0 || l.trim() === '' || /^[ \t]*/.exec(l)![0].length >= column) ? text.replace(pad, '\n') : text;
}

/** 1-based line and column of a node. */
export const loc = (n: CstNode) => ({ line: n.startPosition.row + 1, column: n.startPosition.column + 1 });

export const MAX_DEPTH = 400;
export const MAX_STEPS = 50_000;
/** Budget on the size of values built while reading: list and tuple items, and string characters (bounded evaluation). */
export const MAX_BUILT_ITEMS = 1_000_000;
export const MAX_BUILT_CHARS = 8_000_000;
/** Most devices and wires a design holds (the shared limits of `DesignSchema`). */
export const MAX_DEVICES = LIMITS.devices;
export const MAX_WIRES = LIMITS.wires;

/** Mutable state of one import: the instances, wires, runtime args and diagnostics found so far. */
export class ImportState {
  instances: Pending[] = [];
  private byId = new Map<string, Pending>();
  wires: PendingWire[] = [];
  runtimeArgs = new Map<string, RuntimeArg & { line: number; column: number }>();
  diagnostics: Diagnostic[] = [];
  mains: MainDraft[] = [];
  name: string | null = null;
  registers = 0;
  depth = 0;
  steps = 0;
  /** List/tuple items and string characters built so far (see `grow`). */
  builtItems = 0;
  builtChars = 0;
  /** The top-level item being evaluated (its index among the items, and its range). */
  item = -1;
  itemStart = 0;
  itemEnd = 0;
  /** Index of each top-level item by its start offset. */
  itemIndex = new Map<number, number>();
  /** Runtime arguments bound at top level: design name, binding name, item. */
  runtimeArgBindings: { name: string; binding: string; item: number; type: string; typeSpan?: [number, number] }[] = [];
  /** The unikernel name's string in `register` (when written in place). */
  nameSpan: Span | null = null;
  /** End of the function written before the arguments being applied (taken by `apply`). */
  fnEnd: number | undefined;
  /** Top-level helpers kept as code because OCaml code mentions them. */
  keptHelpers = new Map<CstNode['id'], string>();
  private seq = 0;

  constructor(readonly catalog: Catalog) {}

  /** Adds an instance and returns its provisional id; aborts past the design's device limit. */
  add(device: string, params: Record<string, ParamValue>, hint: string, node: CstNode, refs: CodeRef[] = []): string {
    if (this.instances.length >= MAX_DEVICES) {
      throw new ImportAbort(diag('MC022', 'error', `config.ml makes more than ${MAX_DEVICES.toLocaleString('en')} devices; a design holds at most ${MAX_DEVICES.toLocaleString('en')}.`, loc(node)));
    }
    const id = `#${++this.seq}`;
    const span = this.inPlace(node) ? ([node.startIndex, node.endIndex] as Span) : null;
    const inst: Pending = { id, device, params, bind: null, hint, refs, ...loc(node), item: this.item, span, args: new Map() };
    this.instances.push(inst);
    this.byId.set(id, inst);
    return id;
  }

  /** True when a node is written in the item being evaluated, outside any helper body (so it can be edited in place). */
  inPlace(node: CstNode): boolean {
    return this.inHelper === 0 && this.item >= 0 && node.startIndex >= this.itemStart && node.endIndex <= this.itemEnd;
  }

  /** Records where an argument of an instance is written (when in place). */
  argAt(id: string, name: string, node: CstNode, value?: CstNode | null, items?: CstNode[]): void {
    const inst = this.byId.get(id);
    if (!inst || !this.inPlace(node)) return;
    const span = (n: CstNode): Span => [n.startIndex, n.endIndex];
    const inside = items?.every((n) => n.startIndex >= node.startIndex && n.endIndex <= node.endIndex);
    inst.args.set(name, { span: span(node), ...(value ? { value: span(value) } : {}), ...(items && inside ? { items: items.map(span) } : {}) });
  }

  /** Takes the function end recorded for the application being made (so nested applications never see it). */
  takeFnEnd(): number | undefined {
    const at = this.fnEnd;
    this.fnEnd = undefined;
    return at;
  }

  wire(from: string, to: string, port: string, node: CstNode, fromPort?: string): void {
    if (this.wires.length >= MAX_WIRES) {
      throw new ImportAbort(diag('MC022', 'error', `config.ml makes more than ${MAX_WIRES.toLocaleString('en')} wires; a design holds at most ${MAX_WIRES.toLocaleString('en')}.`, loc(node)));
    }
    this.wires.push({ from, to, port, ...(fromPort !== undefined ? { fromPort } : {}), ...loc(node) });
  }

  report(code: DiagnosticCode, severity: Diagnostic['severity'], message: string, node: CstNode, hint?: string): void {
    this.diagnostics.push(diag(code, severity, message, { ...loc(node), ...(hint ? { hint } : {}) }));
  }

  /** Values read through a name (to tell inlined top-level bindings from unused ones). */
  used = new WeakSet<object>();
  /** Helper bodies being evaluated (only their steps count against the budget). */
  inHelper = 0;

  /** Counts one evaluation step inside a helper; aborts on runaway (exponential) helper application. */
  step(node: CstNode): void {
    if (this.inHelper > 0 && ++this.steps > MAX_STEPS) {
      throw new ImportAbort(diag('MC022', 'error', 'config.ml takes too long to evaluate (helpers applied too many times).', loc(node)));
    }
  }

  /**
   * Counts the size of a value being built (`items` list/tuple items, `chars` string characters); aborts with
   * the place where the budget ran out, so doubling (`l @ l`, `s ^ s`, helpers) never exhausts memory.
   */
  grow(items: number, chars: number, node: CstNode): void {
    this.builtItems += items;
    this.builtChars += chars;
    if (this.builtItems > MAX_BUILT_ITEMS || this.builtChars > MAX_BUILT_CHARS) {
      const what = this.builtItems > MAX_BUILT_ITEMS ? `more than ${MAX_BUILT_ITEMS.toLocaleString('en')} list items` : `more than ${MAX_BUILT_CHARS.toLocaleString('en')} characters of strings`;
      throw new ImportAbort(diag('MC022', 'error', `config.ml builds values too large to read (${what}); evaluation stopped here.`, loc(node)));
    }
  }

  /** Turns OCaml the composer does not model into an `ocaml_code` instance (or returns the device it already is). */
  codeInstance(v: Val & { k: 'code' }, bind: string | null, reason = 'OCaml the composer does not model'): string {
    const params: Record<string, ParamValue> = { code: v.text === v.node.text ? dedent(v.text, v.node.startPosition.column) : v.text };
    if (v.type) params.type = v.type;
    const seen = new Set<string>();
    const refs = v.refs.filter(([n]) => !seen.has(n) && !!seen.add(n));
    const id = this.add('ocaml_code', params, bind ?? 'code', v.node, refs);
    const inst = this.byId.get(id)!;
    inst.bind = bind;
    inst.reason = reason.replace(/\.$/, '');
    return id;
  }

  /** Records a runtime argument met inline (no `let` binding names it). */
  useRuntimeArg(name: string, node: CstNode): void {
    if (!this.runtimeArgs.has(name)) this.runtimeArgs.set(name, { name, type: '', ...loc(node) });
  }

  /** Drops instances and wires made after a mark (a failed top-level item). */
  rollback(instances: number, wires: number): void {
    for (const i of this.instances.splice(instances)) this.byId.delete(i.id);
    this.wires.length = wires;
  }

  private codeIds = new WeakMap<object, string>();

  /** The `ocaml_code` instance of a code value (made once per value). */
  implOfCode(v: Val & { k: 'code' }, bind: string | null): string {
    let id = this.codeIds.get(v);
    if (!id) this.codeIds.set(v, (id = this.codeInstance(v, bind)));
    return id;
  }

  /** Keeps a whole top-level definition as an `ocaml_code` node (once), listing it in `kept`. */
  keepDefinition(item: CstNode, name: string | null, refs: CodeRef[], reason = 'helper used inside OCaml code'): string {
    const known = this.keptHelpers.get(item.id);
    if (known) return known;
    const id = this.codeInstance({ k: 'code', refs, type: '', node: item, text: item.text }, name, reason);
    this.keptHelpers.set(item.id, id);
    // The whole item is the code, wherever it is kept from (its own item, or a later one that uses it).
    const inst = this.byId.get(id)!;
    const index = this.itemIndex.get(item.startIndex);
    if (index !== undefined) {
      inst.item = index;
      inst.span = [item.startIndex, item.endIndex];
      const first = bindsOf(item)[0];
      if (first && first[0] === name) inst.bindSpan = first[1];
    }
    return id;
  }

  /** Removes an unnamed instance nothing uses (and, in turn, its unnamed unused inputs). */
  dropUnused(id: string): void {
    const inst = this.byId.get(id);
    if (!inst || inst.bind !== null || inst.device === 'ocaml_code' || this.wires.some((w) => w.from === id)) return;
    const inputs = this.wires.filter((w) => w.to === id).map((w) => w.from);
    this.instances.splice(this.instances.indexOf(inst), 1);
    this.byId.delete(id);
    this.wires = this.wires.filter((w) => w.to !== id);
    for (const i of inputs) this.dropUnused(i);
  }

  /** The instance with a provisional id. */
  get(id: string): Pending | undefined {
    return this.byId.get(id);
  }
}
