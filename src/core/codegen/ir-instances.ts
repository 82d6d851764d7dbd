import { argsOf, strList } from '../catalog/ports';
import { termTypeFor } from '../facts/runtime-args';
import type { ParamSpec, PortSpec } from '../catalog/spec';
import type { Package, ParamValue } from '../design/schema';
import type { GraphIndex } from '../graph/index';
import { reference } from '../reference/api';
import type { MirageVersion } from '../reference/types';
import { runtimeArgsSupported as hasRuntimeArgs } from '../reference/api';
import type { IrArg, IrBinding, IrExpr, IrRegister } from './ir-types';
import { isValueName } from './names';
import { codeShape } from './ocaml-shape';
import { type ParamContext, paramExpr, rawExpr } from './params';

export interface InstanceContext {
  index: GraphIndex;
  params: ParamContext;
}

/** Runtime arguments (`Runtime_arg`) exist from Mirage 4.5 on. */
export function runtimeArgsSupported(v: MirageVersion): boolean {
  return hasRuntimeArgs(v);
}

const pos = (value: IrExpr): IrArg => ({ kind: 'positional', label: null, value });

/** The wired source of a single-wire port as a reference, or null when unwired. */
function wired(ctx: InstanceContext, id: string, port: string): IrExpr | null {
  const w = ctx.index.incoming(id).get(port)?.[0];
  return w && ctx.index.byId.has(w.from) ? { k: 'ref', id: w.from, ...(w.fromPort !== undefined ? { port: w.fromPort } : {}) } : null;
}

function portOrMissing(ctx: InstanceContext, id: string, port: string, what: string): IrExpr {
  return wired(ctx, id, port) ?? { k: 'missing', why: `${what} is not connected` };
}

/** The IR binding of one instance (not `register`). */
export function instanceExpr(id: string, ctx: InstanceContext): IrBinding {
  const { index } = ctx;
  const inst = index.byId.get(id)!;
  const spec = index.spec(id);
  const title = `${inst.name || inst.device}`;
  const base = { instId: id, name: inst.name };
  if (!spec) return { ...base, expr: { k: 'missing', why: `\`${inst.device}\` is not a device of Mirage ${index.catalog.version}` } };
  if (spec.id === 'main') return { ...base, expr: mainExpr(id, ctx) };
  if (spec.id === 'if_impl') {
    const condSpec = spec.args.find((a): a is ParamSpec => a.role === 'param' && a.name === 'cond')!;
    const cond = paramExpr(condSpec, inst.params.cond, ctx.params, `the condition of ${title}`)!;
    const then = portOrMissing(ctx, id, 'then', `the then branch of ${title}`);
    const els = portOrMissing(ctx, id, 'else', `the else branch of ${title}`);
    return { ...base, expr: { k: 'app', fn: { k: 'mirage', name: 'if_impl' }, args: [pos(cond), pos(then), pos(els)] } };
  }
  if (spec.id === 'match_impl') return { ...base, expr: matchExpr(id, ctx, title) };
  if (spec.id === 'ocaml_code') return ocamlCode(id, ctx, title);
  if (spec.applied) {
    return { ...base, expr: { k: 'dollar', fn: { k: 'mirage', name: spec.id }, args: [portOrMissing(ctx, id, 'arg1', `the argument of ${title}`)] } };
  }
  if (spec.constant) return { ...base, expr: { k: 'mirage', name: spec.id } };
  const args: IrArg[] = [];
  const positional = spec.args.filter((a): a is ParamSpec => a.role === 'param' && a.kind === 'positional');
  for (const a of argsOf(spec, inst, index.catalog)) {
    if (a.role === 'unit') {
      args.push(pos({ k: 'unit' }));
    } else if (a.role === 'port' && a.tuple) {
      // `~dhcp:(requests, lease)`: printed once, at its first component, when every component is wired.
      if (a.tuple.index > 0) continue;
      const parts = argsOf(spec, inst, index.catalog).filter((x): x is PortSpec => x.role === 'port' && x.tuple?.label === a.tuple!.label);
      const items = parts.map((x) => wired(ctx, id, x.name));
      if (items.every((x): x is IrExpr => x !== null)) args.push({ kind: a.kind, label: a.tuple.label, value: { k: 'tuple', items } });
      else if (items.some((x) => x !== null) || a.kind !== 'optional') args.push({ kind: a.kind, label: a.tuple.label, value: { k: 'missing', why: `~${a.tuple.label} of ${title} needs all its ${a.tuple.size} parts wired` } });
    } else if (a.role === 'port') {
      const what = `${a.label ? `~${a.label}` : `argument ${a.name}`} of ${title}`;
      let value: IrExpr | null;
      if (a.many) {
        const ws = index.incoming(id).get(a.name) ?? [];
        value = ws.length || a.kind !== 'optional' ? { k: 'list', items: ws.map((w) => ({ k: 'ref', id: w.from })) } : null;
      } else value = wired(ctx, id, a.name) ?? (a.kind === 'optional' ? null : { k: 'missing', why: `${what} is not connected` });
      if (value) args.push({ kind: a.kind, label: a.label, value });
    } else {
      const what = `${a.label ? `~${a.label}` : `argument ${a.name}`} of ${title}`;
      const termType = termTypeFor(inst.device, index.catalog.version, a, positional) ?? undefined;
      const value = paramExpr(a, inst.params[a.name], { ...ctx.params, keyName: `${inst.name}-${a.label ?? a.name}`, ...(termType ? { termType } : {}) }, what);
      if (value) args.push({ kind: a.kind, label: a.label, value });
    }
  }
  const extra = spec.extraOutputs?.map((o) => ({ port: o.name, name: (inst.outputNames && Object.hasOwn(inst.outputNames, o.name) ? inst.outputNames[o.name] : undefined) ?? o.name }));
  return { ...base, expr: { k: 'app', fn: { k: 'mirage', name: spec.id }, args }, ...(extra?.length ? { extra } : {}) };
}

/** `main ~packages ~runtime_args "Module" (a @-> b @-> job)` */
function mainExpr(id: string, ctx: InstanceContext): IrExpr {
  const inst = ctx.index.byId.get(id)!;
  const spec = ctx.index.spec(id)!;
  const args: IrArg[] = [];
  const pkgs = Array.isArray(inst.params.packages) ? (inst.params.packages as unknown[]).filter(isPackage) : [];
  if (pkgs.length) args.push({ kind: 'optional', label: 'packages', value: { k: 'list', items: pkgs.map(packageExpr) } });
  const hasRt = spec.args.some((a) => a.name === 'runtime_args');
  const rts = strList(inst.params.runtime_args).filter((n) => ctx.params.runtimeArgs.has(n));
  if (hasRt && rts.length) {
    const items: IrExpr[] = rts.map((n) => ({ k: 'app', fn: { k: 'mirage', name: 'Runtime_arg.v' }, args: [pos({ k: 'rtref', name: n })] }));
    args.push({ kind: 'optional', label: 'runtime_args', value: { k: 'list', items } });
  }
  const mod = typeof inst.params.module === 'string' && inst.params.module.trim() ? inst.params.module.trim() : 'Unikernel';
  args.push(pos({ k: 'str', v: mod }));
  const typs = strList(inst.params.functor).map((t): IrExpr => {
    const name = t.trim();
    return ctx.index.catalog.typs.has(name) ? { k: 'mirage', name } : { k: 'missing', why: `\`${t}\` is not a module type of Mirage ${ctx.params.version}` };
  });
  args.push(pos(typs.length ? { k: 'arrow', items: [...typs, { k: 'mirage', name: 'job' }] } : { k: 'mirage', name: 'job' }));
  return { k: 'app', fn: { k: 'mirage', name: 'main' }, args };
}

function isPackage(p: unknown): p is Package {
  return typeof p === 'object' && p !== null && typeof (p as Package).name === 'string' && (p as Package).name !== '';
}

function packageExpr(p: Package): IrExpr {
  const args: IrArg[] = [];
  if (p.sublibs?.length) args.push({ kind: 'optional', label: 'sublibs', value: { k: 'list', items: p.sublibs.map((s) => ({ k: 'str', v: s })) } });
  if (p.min) args.push({ kind: 'optional', label: 'min', value: { k: 'str', v: p.min } });
  if (p.max) args.push({ kind: 'optional', label: 'max', value: { k: 'str', v: p.max } });
  args.push(pos({ k: 'str', v: p.name }));
  return { k: 'app', fn: { k: 'mirage', name: 'package' }, args };
}

/** The functor arguments of a main (`main $ a $ b`), or null when it takes none. */
export function mainRef(id: string, ctx: InstanceContext): IrExpr[] | null {
  const inst = ctx.index.byId.get(id);
  if (!inst || inst.device !== 'main') return null;
  const n = strList(inst.params.functor).length;
  if (n === 0) return null;
  return Array.from({ length: n }, (_, i) => portOrMissing(ctx, id, `arg${i + 1}`, `argument ${i + 1} of ${inst.name || 'main'}`));
}

/** `match_impl Key.(value target) [ (`Hvt, a); … ] ~default:d` */
function matchExpr(id: string, ctx: InstanceContext, title: string): IrExpr {
  const inst = ctx.index.byId.get(id)!;
  const ctors = reference.targetConstructors[ctx.params.version] ?? {};
  const cases: IrExpr[] = [];
  for (const t of strList(inst.params.cases)) {
    const c = Object.hasOwn(ctors, t) ? ctors[t] : undefined;
    if (!c) continue;
    cases.push({ k: 'tuple', items: [{ k: 'lit', text: c }, portOrMissing(ctx, id, `case_${t}`, `the ${t} case of ${title}`)] });
  }
  return {
    k: 'app',
    fn: { k: 'mirage', name: 'match_impl' },
    args: [
      pos({ k: 'mirage', name: 'Key.(value target)' }),
      pos({ k: 'list', items: cases }),
      { kind: 'labeled', label: 'default', value: portOrMissing(ctx, id, 'default', `the default of ${title}`) },
    ],
  };
}

/**
 * `ocaml_code`: top-level items (`let f x = …` without `in`, `type …`, `module …`, `open …`, …) are printed
 * verbatim; the binding is the value the code defines under the node's name (else its leading `let`), or
 * none (`noValue`). Anything else is an expression and becomes `let <name> = <code>`.
 */
function ocamlCode(id: string, ctx: InstanceContext, title: string): IrBinding {
  const inst = ctx.index.byId.get(id)!;
  const code = typeof inst.params.code === 'string' ? inst.params.code.replace(/\s+$/, '') : '';
  const base = { instId: id, name: inst.name };
  const raw = rawExpr(code, `the OCaml code of ${title}`);
  const shape = codeShape(code);
  if (raw.k === 'raw' && shape.kind === 'items') {
    const defined = shape.defines.includes(inst.name) ? inst.name : shape.first;
    const verbatim = code.trim();
    return defined && isValueName(defined) ? { ...base, verbatim, definedName: defined } : { ...base, verbatim, noValue: true };
  }
  if (raw.k === 'raw' && shape.kind === 'broken') {
    return { ...base, expr: { k: 'missing', why: `the OCaml code of ${title}: ${shape.why}` } };
  }
  let expr: IrExpr = raw;
  for (const r of strList(inst.params.refs).reverse()) {
    const w = ctx.index.incoming(id).get(`ref_${r}`)?.[0];
    // The name may stand for another result of a device that returns several (`lease`).
    if (w && isValueName(r)) expr = { k: 'letin', name: r, value: { k: 'ref', id: w.from, ...(w.fromPort !== undefined ? { port: w.fromPort } : {}) }, body: expr };
  }
  return { ...base, expr };
}

/** The register call: `register "name" ~argv:x [ jobs ]`. */
export function registerCall(id: string, ctx: InstanceContext): IrRegister {
  const inst = ctx.index.byId.get(id)!;
  const spec = ctx.index.spec(id);
  const args: IrArg[] = [];
  for (const a of spec?.args ?? []) {
    if (a.role === 'port' && a.name !== 'jobs') {
      const v = wired(ctx, id, a.name);
      if (v) args.push({ kind: a.kind, label: a.label, value: v });
    } else if (a.role === 'param') {
      const v = paramExpr(a, inst.params[a.name] as ParamValue | undefined, ctx.params, `~${a.name} of register`);
      if (v) args.push({ kind: a.kind, label: a.label, value: v });
    }
  }
  const jobs: IrExpr[] = (ctx.index.incoming(id).get('jobs') ?? []).filter((w) => ctx.index.byId.has(w.from)).map((w) => ({ k: 'ref', id: w.from }));
  return { instId: id, name: ctx.index.design.name, args, jobs };
}
