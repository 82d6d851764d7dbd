import type { DeviceSpec, PortSpec } from '../catalog/spec';
import type { ParamValue } from '../design/schema';
import { callBuiltin, materializeMain } from './builtins';
import { callClosure } from './bindings';
import { codeOf, refsIn } from './eval';
import { isMissing } from './literals';
import { toParam } from './params';
import type { CstNode } from './parser';
import { EvalError, type ImportState } from './state';
import { type Arg, type Env, type Val, describe } from './values';

const positionalCount = (args: Arg[]) => args.filter((a) => a.label === null).length;

/** Applies a function value to arguments; returns a partial application until the positional ones are all given. */
export function apply(st: ImportState, env: Env, f: Val, args: Arg[], node: CstNode): Val {
  const fnEnd = st.takeFnEnd();
  if (f.k === 'impl' && st.get(f.id)?.device === 'ocaml_code') {
    const t = st.get(f.id)!.params.type;
    return codeWith(st, env, node, { k: 'code', refs: [], type: typeof t === 'string' ? t : '', node: f.node, text: f.text }, args);
  }
  if (f.k === 'code') return codeWith(st, env, node, f, args);
  if (f.k !== 'fn') throw new EvalError('MC022', `This is ${describe(f)}, not a function: it cannot be applied.`, f.node);
  const all = [...f.args, ...args];
  const fn = f.fn;
  if (fn.kind === 'main') throw new EvalError('MC022', 'Apply `main` to its devices with `$`.', node);
  const need =
    fn.kind === 'device'
      ? fn.spec.args.filter((a) => a.kind === 'positional').length
      : fn.kind === 'builtin'
        ? fn.arity
        : fn.params.filter((p) => p.label === null).length;
  if (positionalCount(all) < need) return { k: 'fn', fn, args: all, node, text: node.text };
  if (fn.kind === 'device') return instantiate(st, env, fn.spec, all, node, fnEnd);
  if (fn.kind === 'builtin') return callBuiltin(st, env, fn.id, all, node, fn.member, fnEnd);
  return callClosure(st, fn, all, node);
}

/** `f $ x`: feeds one device to a functor (`main`, `dhcp_proj_net`, a helper). */
export function dollar(st: ImportState, env: Env, f: Val, x: Val, node: CstNode): Val {
  if (f.k === 'fn' && f.fn.kind === 'main') {
    const draft = st.mains[Number(f.fn.id)]!;
    const applied = [...f.args, { label: null, optional: false, value: x, node: x.node }];
    if (applied.length > draft.arity) {
      throw new EvalError('MC016', `\`main\` takes ${draft.arity} device(s) (its functor arguments); this is one too many.`, x.node);
    }
    if (applied.length < draft.arity) return { k: 'fn', fn: f.fn, args: applied, node, text: node.text };
    const ids = applied.map((a) => toImpl(st, a.value, 'an argument of `main`'));
    return { k: 'impl', id: materializeMain(st, Number(f.fn.id), ids, node, applied), node, text: node.text };
  }
  if (f.k === 'impl' && st.get(f.id)?.device !== 'ocaml_code') {
    const dev = st.get(f.id)?.device ?? 'device';
    throw new EvalError('MC016', `\`${dev}\` already has all its arguments here; this one is one too many.`, x.node);
  }
  return apply(st, env, f, [{ label: null, optional: false, value: x, node: x.node }], node);
}

/** `a @-> b @-> job`: the functor arguments of `main`, as typ names. */
export function functorOf(st: ImportState, env: Env, l: Val, r: Val, node: CstNode): Val {
  const name = typName(l);
  const rest = r.k === 'functor' ? r.typs : [];
  const result = r.k === 'functor' ? r.result : typName(r);
  if (name === null || result === null) return codeOf(st, env, node);
  return { k: 'functor', typs: [name, ...rest], result, node, text: node.text };
}

const typName = (v: Val): string | null => (v.k === 'typ' ? v.name : v.k === 'code' && /^[a-z_][\w']*$/.test(v.text) ? v.text : null);

/**
 * The instance id of a device value; OCaml code becomes an `ocaml_code` node, a `main` applied to only
 * some devices a `main` with the others unwired; null for the export's "not connected" placeholder.
 */
export function toImpl(st: ImportState, v: Val, where: string): string | null {
  if (v.k === 'impl') return v.id;
  if (v.k === 'code' && isMissing(v.text)) return null;
  if (v.k === 'code') return st.implOfCode(v, null);
  if (v.k === 'fn' && v.fn.kind === 'main') {
    const ids = v.args.map((a) => toImpl(st, a.value, 'an argument of `main`'));
    st.report('MC001', 'error', `\`main\` is applied to ${v.args.length} of its ${st.mains[Number(v.fn.id)]!.arity} devices here.`, v.node);
    return materializeMain(st, Number(v.fn.id), ids, v.node);
  }
  throw new EvalError('MC004', `Expected a device as ${where}, got ${describe(v)}.`, v.node);
}

function codeWith(st: ImportState, env: Env, node: CstNode, f: Val & { k: 'code' }, args: Arg[]): Val {
  const refs = [...refsIn(st, env, node), ...f.refs];
  // Devices built only as arguments of this code are part of its text: drop their nodes.
  for (const a of args) if (a.value.k === 'impl' && !refs.some(([, id]) => id === (a.value as { id: string }).id)) st.dropUnused(a.value.id);
  // `impl … "Git.Mem.Make" (hash @-> git)`: the module type is the functor's result.
  const last = args.filter((a) => a.label === null).pop()?.value;
  const isImpl = f.text === 'impl' || f.text === 'Mirage.impl';
  const type = isImpl && last?.k === 'functor' ? last.result : isImpl && last?.k === 'typ' ? last.name : f.type;
  return { k: 'code', refs, type, node, text: node.text };
}

/** `?label:v` passes an option; `~label:v` to an optional argument passes the value itself. */
function unwrapOptional(a: Arg): Val | null {
  if (!a.optional) return a.value;
  if (a.value.k === 'option') return a.value.v;
  return a.value;
}

/** Applies a catalog device: ports become wires, scalars become params, by the spec's argument list. */
export function instantiate(st: ImportState, env: Env, spec: DeviceSpec, args: Arg[], node: CstNode, fnEnd?: number): Val {
  const params: Record<string, ParamValue> = {};
  const wires: { from: string; fromPort?: string; port: string; node: CstNode }[] = [];
  const written: [string, Arg, CstNode[] | undefined][] = [];
  let lossy = false;
  const positional = spec.args.filter((a) => a.kind === 'positional');
  let pi = 0;
  for (const a of args) {
    const tuple = a.label === null ? [] : tupleParts(spec, a.label);
    const target = a.label === null ? positional[pi++] : (tuple[0] ?? spec.args.find((s) => s.kind !== 'positional' && s.name === a.label));
    if (!target) {
      if (a.label === null) {
        throw new EvalError('MC016', `\`${spec.id}\` takes ${positional.length} positional argument(s); this one is extra.`, a.node);
      }
      lossy = true;
      const labels = spec.args.filter((s) => s.kind !== 'positional').map((s) => `~${s.name}`);
      st.report('MC009', 'error', `\`${spec.id}\` has no argument ~${a.label} in Mirage ${st.catalog.version}.`, a.node, labels.length ? `It takes ${labels.join(', ')}.` : 'It takes no labelled arguments.');
      continue;
    }
    const value = unwrapOptional(a);
    if (value === null) continue;
    written.push([target.name, a, target.role === 'port' && target.many && value.k === 'list' ? value.items.map((i) => i.node) : undefined]);
    if (tuple.length && value.k === 'code' && isMissing(value.text)) {
      // The export's placeholder for a tuple not wholly wired: no part is.
    } else if (tuple.length) {
      // `~dhcp:(requests, lease)`: one port per component of the tuple.
      if (value.k !== 'tuple' || value.items.length !== tuple.length) throw new EvalError('MC004', `~${a.label} of \`${spec.id}\` takes a tuple of ${tuple.length} devices, got ${describe(value)}.`, value.node);
      value.items.forEach((v, i) => {
        const from = toImpl(st, v, `part ${i + 1} of ~${a.label} of \`${spec.id}\``);
        if (from) wires.push({ from, ...fromPortOf(v), port: tuple[i]!.name, node: v.node });
      });
      for (const part of tuple.slice(1)) written.push([part.name, a, undefined]);
    } else if (target.role === 'unit') {
      if (value.k !== 'unit') throw new EvalError('MC014', `\`${spec.id}\` expects \`()\` here, got ${describe(value)}.`, a.node);
    } else if (target.role === 'port') {
      for (const v of portValues(target, value)) {
        const from = toImpl(st, v, portWhere(spec, target));
        if (from) wires.push({ from, ...fromPortOf(v), port: target.name, node: v.node });
      }
    } else {
      const param = toParam(st, value, target.type, `~${target.name} of \`${spec.id}\``);
      params[target.name] = param;
      // Devices built only inside a value kept as OCaml text (`(make_dhcp_requests (), no_lease)`) are part of that text.
      if (param && typeof param === 'object' && 'ocaml' in param) for (const id of implIds(value)) st.dropUnused(id);
    }
  }
  const id = st.add(spec.id, params, spec.id, node);
  for (const w of wires) st.wire(w.from, id, w.port, w.node, w.fromPort);
  const inst = st.get(id)!;
  if (fnEnd !== undefined && inst.span) inst.fnEnd = fnEnd;
  if (lossy) inst.lossy = true;
  for (const [name, a, items] of written) st.argAt(id, name, a.node, a.label !== null ? a.node.childForFieldName('expression') : null, items);
  return { k: 'impl', id, node, text: node.text };
}

/** The devices a value holds (inside tuples, lists and options). */
function implIds(v: Val): string[] {
  if (v.k === 'impl') return [v.id];
  if (v.k === 'tuple' || v.k === 'list') return v.items.flatMap(implIds);
  if (v.k === 'option' && v.v) return implIds(v.v);
  return [];
}

/** The ports of a tuple argument (`?dhcp:(dhcp_requests * lease) impl` → `dhcp`, `dhcp_lease`), in order; empty when `label` is not one. */
function tupleParts(spec: DeviceSpec, label: string): PortSpec[] {
  return spec.args.filter((s): s is PortSpec => s.role === 'port' && s.tuple?.label === label).sort((x, y) => x.tuple!.index - y.tuple!.index);
}

/** Which result of a device a value stands for, when not its main one (`lease` of `let stack, lease = …`). */
export const fromPortOf = (v: Val): { fromPort?: string } => (v.k === 'impl' && v.port !== undefined ? { fromPort: v.port } : {});

const portWhere = (spec: DeviceSpec, p: PortSpec) => (p.label ? `~${p.label} of \`${spec.id}\`` : `argument of \`${spec.id}\``);

function portValues(p: PortSpec, v: Val): Val[] {
  if (p.many && v.k === 'list') return v.items;
  return [v];
}
