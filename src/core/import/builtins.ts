import type { Package, ParamValue } from '../design/schema';
import { reference } from '../reference/api';
import { fromPortOf, instantiate, toImpl } from './apply';
import type { CstNode } from './parser';
import { EvalError, type ImportState } from './state';
import { type Arg, type BuiltinId, type Env, type Val, describe } from './values';

const labelled = (args: Arg[], l: string) => args.find((a) => a.label === l)?.value;
const positional = (args: Arg[]) => args.filter((a) => a.label === null).map((a) => a.value);

function unknownLabels(st: ImportState, fn: string, args: Arg[], known: string[]): void {
  for (const a of args) {
    if (a.label !== null && !known.includes(a.label)) {
      st.report(
        'MC009',
        'warning',
        `~${a.label} of \`${fn}\` is not modelled by the composer: config.ml keeps it as written, but the canvas does not show it (and a \`${fn}\` written anew would not have it).`,
        a.node,
        `The composer models ${known.map((k) => `~${k}`).join(', ')}.`,
      );
    }
  }
}

/** Calls an eDSL built-in once its positional arguments are all given. */
export function callBuiltin(st: ImportState, env: Env, id: BuiltinId, args: Arg[], node: CstNode, member?: string, fnEnd?: number): Val {
  const pos = positional(args);
  const text = node.text;
  switch (id) {
    case 'some':
      return { k: 'option', v: pos[0]!, node, text };
    case 'ip':
      return { k: 'variant', tag: 'Ipaddr', arg: pos[0]!, node, text };
    case 'rtarg': {
      const s = pos[0]!;
      if (s.k !== 'str') throw new EvalError('MC017', `A runtime argument is named by a string like "Unikernel.port", got ${describe(s)}.`, s.node);
      const name = s.v.split('.').pop() ?? s.v;
      if (!/^[a-z_][A-Za-z0-9_']*$/.test(name)) throw new EvalError('MC017', `"${s.v}" does not name an OCaml value (expected "Unikernel.name").`, s.node);
      return { k: 'rtarg', name, node, text };
    }
    case 'rtarg_v':
      return pos[0]!.k === 'rtarg' ? pos[0]! : { k: 'code', refs: [], type: '', node, text };
    case 'package':
      return packageOf(st, args, node);
    case 'main':
      return mainOf(st, args, node, fnEnd);
    case 'register':
      registerOf(st, env, args, node, fnEnd);
      return { k: 'unit', node, text };
    case 'if_impl':
      return instantiate(st, env, st.catalog.devices.get('if_impl')!, args, node, fnEnd);
    case 'match_impl':
      return matchImpl(st, args, node);
    case 'key_value': {
      const k = pos[0]!;
      if (k.k === 'key' && !k.value) return { ...k, value: true, node, text };
      return { k: 'code', refs: [], type: '', node, text };
    }
    case 'key_pure':
      // `Key.pure lit`: the literal itself (a `… value` parameter prints it back as `Key.pure lit`).
      return pos[0]!.k === 'code' ? { k: 'code', refs: [], type: '', node, text } : { ...pos[0]!, node, text };
    case 'key_group':
      return keyGroup(member ?? '', args, node);
  }
}

/** `Key.kv_ro ?group ()` (a key constructor taking `?group` and `()`): a configure key of the design. */
function keyGroup(member: string, args: Arg[], node: CstNode): Val {
  const text = node.text;
  const unit = positional(args)[0];
  if (unit?.k !== 'unit') throw new EvalError('MC014', `\`Key.${member}\` takes \`()\` after ~group.`, unit?.node ?? node);
  let group: string | undefined;
  for (const a of args) {
    if (a.label === null) continue;
    const v = a.optional && a.value.k === 'option' ? a.value.v : a.value;
    if (a.label !== 'group') throw new EvalError('MC009', `\`Key.${member}\` has no argument ~${a.label}.`, a.node);
    if (v === null) continue;
    if (v.k !== 'str') return { k: 'code', refs: [], type: '', node, text };
    group = v.v;
  }
  return { k: 'key', key: member, ...(group !== undefined ? { group } : {}), value: false, node, text };
}

function packageOf(st: ImportState, args: Arg[], node: CstNode): Val {
  const name = positional(args)[0]!;
  if (name.k !== 'str') throw new EvalError('MC014', `\`package\` takes the opam package name as a string, got ${describe(name)}.`, name.node);
  const pkg: Package = { name: name.v };
  let ok = true;
  for (const a of args) {
    if (a.label === null) continue;
    const v = a.value.k === 'option' && a.optional ? a.value.v : a.value;
    if (v === null) continue;
    if ((a.label === 'min' || a.label === 'max') && v.k === 'str') pkg[a.label] = v.v;
    else if (a.label === 'sublibs' && v.k === 'list' && v.items.every((i) => i.k === 'str')) pkg.sublibs = v.items.map((i) => (i as { v: string }).v);
    else ok = false;
  }
  return { k: 'package', pkg: ok ? pkg : null, node, text: node.text };
}

function mainOf(st: ImportState, args: Arg[], node: CstNode, fnEnd?: number): Val {
  unknownLabels(st, 'main', args, ['pos', 'packages', 'runtime_args']);
  const [mod, functor] = positional(args) as [Val, Val];
  if (mod.k !== 'str') throw new EvalError('MC014', `\`main\` takes the unikernel module name as a string ("Unikernel.Main"), got ${describe(mod)}.`, mod.node);
  const typs = functor.k === 'functor' && functor.result === 'job' ? functor.typs : functor.k === 'typ' && functor.name === 'job' ? [] : null;
  if (!typs) throw new EvalError('MC014', '`main` takes its functor arguments as `typ @-> … @-> job`.', functor.node);
  const params: Record<string, ParamValue> = { module: mod.v, functor: typs };
  const pk = labelled(args, 'packages');
  if (pk) {
    const items = pk.k === 'list' ? pk.items : null;
    params.packages = items && items.every((i) => i.k === 'package' && i.pkg) ? items.map((i) => (i as { pkg: Package }).pkg) : { ocaml: pk.text };
  }
  const ra = labelled(args, 'runtime_args');
  if (ra) {
    const items = ra.k === 'list' ? ra.items : null;
    const rts = items?.flatMap((i) => (i.k === 'rtarg' ? [i] : [])) ?? [];
    for (const r of rts) st.useRuntimeArg(r.name, r.node);
    params.runtime_args = items && rts.length === items.length ? rts.map((r) => r.name) : { ocaml: ra.text };
  }
  const spanOf = (n: CstNode): [number, number] => [n.startIndex, n.endIndex];
  const inPlace = st.inPlace(node);
  const where = new Map<string, { span: [number, number]; value?: [number, number] }>();
  const [modArg, functorArg] = args.filter((a) => a.label === null);
  for (const [name, a] of [['module', modArg], ['functor', functorArg], ['packages', args.find((x) => x.label === 'packages')], ['runtime_args', args.find((x) => x.label === 'runtime_args')]] as const) {
    if (!a || !inPlace || !st.inPlace(a.node)) continue;
    const value = a.label !== null ? a.node.childForFieldName('expression') : null;
    // A list written in place (`~packages:[ … ]`): its items, so an edit can keep the ones that stay.
    const items = value?.type === 'list_expression' ? value.namedChildren.filter((c) => c && c.type !== 'comment').map((c) => spanOf(c!)) : undefined;
    where.set(name, { span: spanOf(a.node), ...(value ? { value: spanOf(value) } : {}), ...(items ? { items } : {}) });
  }
  st.mains.push({
    params,
    arity: typs.length,
    bind: null,
    node,
    made: new Map(),
    item: st.item,
    span: inPlace ? spanOf(node) : null,
    ...(inPlace && fnEnd !== undefined ? { fnEnd } : {}),
    args: where,
    lossy: args.some((a) => a.label !== null && a.label !== 'packages' && a.label !== 'runtime_args'),
  });
  const id = String(st.mains.length - 1);
  if (typs.length === 0) return { k: 'impl', id: materializeMain(st, Number(id), [], node), node, text: node.text };
  return { k: 'fn', fn: { kind: 'main', id }, args: [], node, text: node.text };
}

/**
 * The `main` instance for a draft applied to these devices (the same application twice is one instance).
 * `applied` are the `$` operands as written (for the source map).
 */
export function materializeMain(st: ImportState, draftIndex: number, ids: (string | null)[], node: CstNode, applied: Arg[] = []): string {
  const draft = st.mains[draftIndex]!;
  // Which result of each device (`main $ stack $ lease`: the lease of the stack's binding).
  const ports = ids.map((_, i) => (applied[i] ? fromPortOf(applied[i].value).fromPort : undefined));
  const key = ids.map((x, i) => (ports[i] !== undefined ? `${x}.${ports[i]}` : x)).join(',');
  const made = draft.made.get(key);
  if (made) return made;
  const id = st.add('main', { ...draft.params }, 'main', draft.node);
  ids.forEach((from, i) => from && st.wire(from, id, `arg${i + 1}`, node, ports[i]));
  const inst = st.get(id)!;
  inst.bind = draft.made.size === 0 ? draft.bind : null;
  // The definition is where `main "…" (…)` is written; the ports are the `$` operands where it is applied.
  inst.item = draft.item;
  inst.span = draft.span;
  inst.lossy = draft.lossy;
  if (draft.fnEnd !== undefined) inst.fnEnd = draft.fnEnd;
  if (draft.bindSpan) inst.bindSpan = draft.bindSpan;
  for (const [name, a] of draft.args) inst.args.set(name, a);
  if (applied.length && st.inPlace(node)) {
    inst.use = [node.startIndex, node.endIndex];
    let fn = node;
    while (fn.type === 'infix_expression' && fn.childForFieldName('operator')?.text === '$') fn = fn.childForFieldName('left') ?? fn;
    inst.useFn = [fn.startIndex, fn.endIndex];
    applied.forEach((a, i) => st.argAt(id, `arg${i + 1}`, a.node));
  }
  draft.made.set(key, id);
  return id;
}

function registerOf(st: ImportState, env: Env, args: Arg[], node: CstNode, fnEnd?: number): void {
  const [name, jobs] = positional(args) as [Val, Val];
  const [nameArg, jobsArg] = args.filter((a) => a.label === null);
  if (name.k !== 'str') throw new EvalError('MC014', `\`register\` takes the unikernel name as a string, got ${describe(name)}.`, name.node);
  if (++st.registers > 1) st.report('MC020', 'error', '`register` is called more than once; a config.ml registers one unikernel.', node);
  st.name ??= name.v;
  if (jobs.k !== 'list') throw new EvalError('MC014', `\`register\` takes a list of jobs, got ${describe(jobs)}.`, jobs.node);
  const spec = st.catalog.devices.get('register')!;
  const rest = args.filter((a) => a.label !== null);
  const v = instantiate(st, env, { ...spec, args: spec.args.filter((a) => a.kind !== 'positional') }, rest, node, fnEnd);
  if (v.k !== 'impl') return;
  for (const j of jobs.items) {
    const from = toImpl(st, j, 'a job of `register`');
    if (from) st.wire(from, v.id, 'jobs', j.node, fromPortOf(j).fromPort);
  }
  if (nameArg && st.inPlace(nameArg.node) && st.get(v.id)?.span) st.nameSpan = [nameArg.node.startIndex, nameArg.node.endIndex];
  if (jobsArg && st.get(v.id)?.span) st.argAt(v.id, 'jobs', jobsArg.node, null, jobs.items.map((j) => j.node));
}

function matchImpl(st: ImportState, args: Arg[], node: CstNode): Val {
  const [, cases] = positional(args) as [Val, Val];
  const ctors = reference.targetConstructors[st.catalog.version] ?? {};
  const byTag = new Map(Object.entries(ctors).map(([t, c]) => [c, t]));
  if (cases.k !== 'list') throw new EvalError('MC014', '`match_impl` takes a list of (`Target, device) cases.', cases.node);
  const targets: string[] = [];
  const wires: [string, string, CstNode, string | undefined][] = [];
  for (const c of cases.items) {
    const [tag, dev] = c.k === 'tuple' && c.items.length === 2 ? c.items : [];
    const target = tag?.k === 'variant' ? byTag.get(tag.tag) : undefined;
    if (!target || !dev) throw new EvalError('MC018', `Expected a case (\`Target, device) with a target of Mirage ${st.catalog.version} (${[...byTag.keys()].join(', ')}).`, c.node);
    targets.push(target);
    const from = toImpl(st, dev, `the ${target} case of \`match_impl\``);
    if (from) wires.push([from, `case_${target}`, dev.node, fromPortOf(dev).fromPort]);
  }
  const def = labelled(args, 'default');
  const id = st.add('match_impl', { cases: targets }, 'match_impl', node);
  const defId = def ? toImpl(st, def, '~default of `match_impl`') : null;
  if (defId) st.wire(defId, id, 'default', def!.node, fromPortOf(def!).fromPort);
  else if (!def) st.report('MC001', 'error', '`match_impl` needs ~default.', node);
  for (const [from, port, n, fromPort] of wires) st.wire(from, id, port, n, fromPort);
  for (const [, port, n] of wires) st.argAt(id, port, n);
  const defArg = args.find((a) => a.label === 'default');
  if (defArg) st.argAt(id, 'default', defArg.node, defArg.node.childForFieldName('expression'));
  return { k: 'impl', id, node, text: node.text };
}
