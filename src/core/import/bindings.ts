import { apply } from './apply';
import { evalExpr, kids } from './eval';
import type { CstNode } from './parser';
import { EvalError, type ImportState, loc } from './state';
import type { Arg, Env, Fn, Param, Val } from './values';

/** Parameters of `let f ~a ?(b = 1) c = …` / `fun x -> …`; null when a pattern is not a plain name. */
export function paramsOf(n: CstNode): Param[] | null {
  const out: Param[] = [];
  for (const p of n.children) {
    if (p?.type !== 'parameter') continue;
    const marker = p.child(0)?.type;
    const labelled = marker === '~' || marker === '?';
    let pat = p.childForFieldName('pattern');
    while (pat?.type === 'typed_pattern' || pat?.type === 'parenthesized_pattern') pat = pat.childForFieldName('pattern') ?? kids(pat)[0] ?? null;
    const labelNode = p.namedChildren.find((c) => c?.type === 'label_name');
    if (!pat || (pat.type !== 'value_pattern' && pat.type !== 'unit' && pat.type !== 'value_name')) return null;
    const name = pat.type === 'unit' ? '()' : pat.text;
    out.push({
      label: labelled ? (labelNode?.text ?? name) : null,
      optional: marker === '?',
      name,
      default: p.childForFieldName('default'),
    });
  }
  return out;
}

/** Evaluates a `let … and …` definition and returns the environment extended with its names. */
export function bindLet(st: ImportState, env: Env, def: CstNode, top: boolean): Env {
  const vars = new Map<string, Val>();
  for (const b of kids(def)) {
    if (b.type !== 'let_binding') continue;
    const pat = b.childForFieldName('pattern');
    const body = b.childForFieldName('body');
    if (!pat || !body) throw new EvalError('MC022', 'Incomplete `let` binding.', b);
    const name = pat.type === 'value_name' ? pat.text : null;
    if (b.children.some((c) => c?.type === 'parameter')) {
      const params = paramsOf(b);
      if (!params || !name) throw new EvalError('MC021', 'a helper with parameters other than `x`, `~x`, `?x`, `?(x = …)`', b);
      vars.set(name, { k: 'fn', fn: { kind: 'closure', params, body, env, name, ...(top ? { top: def } : {}) }, args: [], node: b, text: name });
      continue;
    }
    const before = st.instances.length;
    const v = evalExpr(st, env, body);
    if (name && v.k === 'rtarg' && top) vars.set(name, defineRuntimeArg(st, v, name, b));
    else if (name) vars.set(name, named(st, v, name, before, top, pat));
    else if (bindResults(st, v, pat, before, top, vars)) continue;
    else if (pat.type !== 'unit' && pat.text !== '_') throw new EvalError('MC021', 'a binding with a pattern (only `let name = …` is modelled)', pat);
  }
  return vars.size ? env.withAll(vars) : env;
}

/** The names of `a, b` or `(a, b)` (a name or `_` each), or null for any other pattern. */
function tupleNames(pat: CstNode): CstNode[] | null {
  let p = pat;
  while (p.type === 'parenthesized_pattern') p = kids(p)[0] ?? p;
  if (p.type !== 'tuple_pattern') return null;
  const out: CstNode[] = [];
  const walk = (n: CstNode): boolean => {
    for (const c of kids(n)) {
      if (c.type === 'tuple_pattern') {
        if (!walk(c)) return false;
      } else if (c.type === 'value_name' || (c.type === 'value_pattern' && c.text === '_') || c.text === '_') out.push(c);
      else return false;
    }
    return true;
  };
  return walk(p) ? out : null;
}

/**
 * `let stack, lease = generic_stackv4v6_with_lease …`: a device that returns several results. The first name
 * is the device's binding, the others name its other results (by output port). False when the pattern or
 * the value is anything else.
 */
function bindResults(st: ImportState, v: Val, pat: CstNode, before: number, top: boolean, vars: Map<string, Val>): boolean {
  const names = tupleNames(pat);
  if (!names || v.k !== 'impl' || v.port !== undefined) return false;
  const inst = st.get(v.id);
  const extra = inst ? st.catalog.devices.get(inst.device)?.extraOutputs : undefined;
  if (!inst || !extra || names.length !== extra.length + 1 || Number(v.id.slice(1)) <= before || inst.bind !== null) return false;
  const [first, ...rest] = names as [CstNode, ...CstNode[]];
  if (first.text === '_') throw new EvalError('MC021', 'a device whose binding is `_` (only its other results are named)', first);
  vars.set(first.text, named(st, v, first.text, before, top, first));
  inst.outputNames = new Map();
  inst.outputSpans = new Map();
  rest.forEach((n, i) => {
    const port = extra[i]!.name;
    if (n.text !== '_') {
      // The name codegen gives by default (the port's) is left implicit.
      if (n.text !== port) inst.outputNames!.set(port, n.text);
      vars.set(n.text, { k: 'impl', id: v.id, port, node: n, text: n.text });
    }
    if (top && st.inPlace(n)) inst.outputSpans!.set(port, [n.startIndex, n.endIndex]);
  });
  return true;
}

/**
 * `let key : string runtime_arg = Runtime_arg.create … "Unikernel.aes_ccm_key"`: a design runtime argument named
 * as the unikernel knows it (`aes_ccm_key`); the binding keeps its own name (`key`) in config.ml.
 */
function defineRuntimeArg(st: ImportState, v: Val & { k: 'rtarg' }, name: string, b: CstNode): Val {
  const ann = b.childForFieldName('type')?.text.replace(/\s+/g, ' ').trim() ?? '';
  const m = /^\(?(.*?)\)? runtime_arg$/.exec(ann);
  const known = st.runtimeArgs.get(v.name);
  if (!known) st.runtimeArgs.set(v.name, { name: v.name, type: m?.[1] ?? '', ...loc(b) });
  else if (!known.type && m?.[1]) known.type = m[1];
  const t = b.childForFieldName('type');
  st.runtimeArgBindings.push({ name: v.name, binding: name, item: st.item, type: m?.[1] ?? '', ...(t && m && st.inPlace(t) ? { typeSpan: [t.startIndex, t.endIndex] as [number, number] } : {}) });
  return { ...v, text: name };
}

/** Gives a freshly made device (or a pending `main`) the binding's name. */
function named(st: ImportState, v: Val, name: string, before: number, top: boolean, pat: CstNode): Val {
  const at: [number, number] | undefined = top && st.inPlace(pat) ? [pat.startIndex, pat.endIndex] : undefined;
  if (v.k === 'impl') {
    const inst = st.get(v.id);
    const fresh = Number(v.id.slice(1)) > before;
    if (inst && fresh && inst.bind === null) {
      inst.bind = name;
      if (at) inst.bindSpan = at;
    }
    return top ? { ...v, text: name } : v;
  }
  if (v.k === 'fn' && v.fn.kind === 'main' && v.args.length === 0) {
    const draft = st.mains[Number(v.fn.id)]!;
    if (draft.bind === null && at) draft.bindSpan = at;
    draft.bind ??= name;
  }
  if (v.k === 'code' && top) {
    const id = st.implOfCode(v, name);
    const inst = st.get(id);
    if (inst && at && !inst.bindSpan) inst.bindSpan = at;
    return { k: 'impl', id, node: v.node, text: name };
  }
  return v;
}

/** Applies a helper written in config.ml: binds its parameters and evaluates the body (inlined as a graph). */
export function callClosure(st: ImportState, fn: Fn & { kind: 'closure' }, args: Arg[], node: CstNode): Val {
  const vars = new Map<string, Val>();
  const rest = [...args];
  let env = fn.env;
  for (const p of fn.params) {
    let v: Val | undefined;
    if (p.label === null) {
      const i = rest.findIndex((a) => a.label === null);
      v = rest.splice(i, 1)[0]!.value;
      if (p.name === '()' && v.k !== 'unit') throw new EvalError('MC014', `\`${fn.name}\` expects \`()\` here.`, v.node);
    } else {
      const i = rest.findIndex((a) => a.label === p.label);
      const a = i >= 0 ? rest.splice(i, 1)[0] : undefined;
      if (p.optional) {
        const given = a ? (a.optional ? a.value : { k: 'option' as const, v: a.value, node: a.node, text: a.value.text }) : undefined;
        if (given?.k === 'option' && given.v !== null) v = given.v;
        else if (given && given.k !== 'option') v = given;
        else if (p.default) v = evalExpr(st, env, p.default);
        else v = { k: 'option', v: null, node, text: 'None' };
        if (!p.default && v.k !== 'option') v = { k: 'option', v, node: v.node, text: `(Some ${v.text})` };
      } else if (a) v = a.value;
      else throw new EvalError('MC016', `\`${fn.name}\` needs ~${p.label}.`, node);
    }
    if (p.name !== '()') vars.set(p.name, v);
  }
  env = env.withAll(vars);
  st.inHelper++;
  let result: Val;
  try {
    result = evalExpr(st, env, fn.body);
  } finally {
    st.inHelper--;
  }
  return rest.length ? apply(st, env, result, rest, node) : result;
}
