import { bindingAnnotation } from '../codegen/annotate';
import { bindingText } from '../codegen/binding-text';
import { runtimeArgSignatureTypes } from '../codegen/ir';
import { instanceExpr, mainRef, registerCall } from '../codegen/ir-instances';
import type { IrArg, IrExpr } from '../codegen/ir-types';
import { unikernelArgName } from '../codegen/names';
import { printExpr } from '../codegen/print-expr';
import { splitWireSource } from '../design/source';
import { type Plan, Regenerate } from './context';
import { refSpan } from './diff';
import { freshName } from './naming';

/** Where generated text goes: into a source item (its locals count), or a new top-level binding. */
export type Into = number | null;

const ATOMIC = /^(?:[A-Za-z_][\w'.]*|"(?:[^"\\]|\\.)*"|\d[\w.]*)$/;

/** Text in argument position: parenthesised unless it is one token or already bracketed as a whole. */
export function atom(text: string): string {
  const t = text.trim();
  if (ATOMIC.test(t) || /^\(\s*\)$/.test(t)) return t;
  if ((t.startsWith('(') || t.startsWith('[')) && closesAtEnd(t)) return t;
  return `(${t})`;
}

/** True when the bracket opening `t` closes at its last character (so `(a) (b)` is not one atom). */
function closesAtEnd(t: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0 && i < t.length - 1) return false;
    }
  }
  return depth === 0;
}

/** Records that the unit being rendered uses a binding of another unit (for ordering and the name check). */
export function use(p: Plan, name: string, unit: string): void {
  p.uses?.add(`${name}\u0000${unit}`);
}

/** The unit key of a device that has its own binding: its item, or the unit added for it. */
export function unitOf(p: Plan, id: string): string {
  const s = p.sinst.get(id);
  if (s && !p.deleted.has(id) && !p.hoisted.has(id) && (s.bind || p.regen.has(s.item))) return `item:${s.item}`;
  return `new:${id}`;
}

/** Whether `open Mirage` is in effect where generated text goes (before item `into`; a new binding goes after the opens). */
function mirageOpen(p: Plan, into: Into): boolean {
  const items = p.src.items;
  const firstLet = items.findIndex((it) => it.kind === 'let');
  const limit = into ?? (firstLet < 0 ? items.length : firstLet + 1);
  for (let i = 0; i < limit && i < items.length; i++) if (items[i]!.kind === 'open_mirage') return true;
  return false;
}

/** A generated Mirage name as it must be written where it goes: `Mirage.x` without `open Mirage`, or when a binding hides `x`. */
function qualifyName(p: Plan, name: string, into: Into): string {
  const head = name.split(/[.( ]/)[0]!;
  const binders = (p.topNames.get(head) ?? 0) - (p.rendering.has(head) ? 1 : 0);
  const hidden = binders > 0 || (into !== null && p.src.items[into]!.locals.includes(head));
  return !mirageOpen(p, into) || hidden ? `Mirage.${name}` : name;
}

/** Resolves references and qualifies Mirage names in generated IR; `into` is where the text goes. */
export function resolve(p: Plan, e: IrExpr, into: Into, inlineOf: (id: string) => string | null = () => null): IrExpr {
  const r = (x: IrExpr): IrExpr => resolve(p, x, into, inlineOf);
  switch (e.k) {
    case 'mirage':
      return { k: 'mirage', name: qualifyName(p, e.name, into) };
    case 'ref': {
      if (e.port !== undefined) return { k: 'lit', text: outputText(p, e.id, e.port, into) };
      const inline = inlineOf(e.id);
      if (inline !== null) return { k: 'lit', text: atom(inline) };
      return { k: 'lit', text: atom(refText(p, e.id, into)) };
    }
    case 'rtref':
      return { k: 'var', name: rtRef(p, e.name, into) };
    case 'app':
      return { ...e, fn: r(e.fn), args: e.args.map((a: IrArg) => ({ ...a, value: r(a.value) })) };
    case 'dollar':
      return { ...e, fn: r(e.fn), args: e.args.map(r) };
    case 'ctor':
      return { ...e, arg: r(e.arg) };
    case 'letin':
      return { ...e, value: r(e.value), body: r(e.body) };
    case 'list':
    case 'tuple':
    case 'arrow':
      return { ...e, items: e.items.map(r) };
    default:
      return e;
  }
}

/** A name placed into an item must not be taken by a local of that item. */
function placeable(p: Plan, name: string, into: Into): string {
  if (into !== null && p.src.items[into]!.locals.includes(name)) throw new Regenerate(`\`${name}\` is also a local name in the item it would be written into`);
  return name;
}

/**
 * How generated text refers to a device: its binding name, or, for a `main` with functor arguments,
 * `name $ a $ b`. A device without a binding of its own (read inline and moved) gets one here.
 */
export function refText(p: Plan, id: string, into: Into): string {
  const d = p.dinst.get(id);
  if (!d) return printExpr({ k: 'missing', why: `\`${id}\` is not in the design` });
  // Read inline elsewhere (or new and not yet named): it gets a binding of its own.
  const name = p.bindName.get(id) ?? hoist(p, id);
  use(p, name, unitOf(p, id));
  const args = mainRef(id, { index: p.index, params: p.params });
  const head = placeable(p, name, into);
  if (!args) return head;
  return printExpr({ k: 'dollar', fn: { k: 'var', name: head }, args: args.map((a) => resolve(p, a, into)) });
}

/** The other results of a device that returns several (`lease` of `generic_stackv4v6_with_lease`), by output port. */
export function extraOutputs(p: Plan, id: string): string[] {
  const d = p.dinst.get(id);
  return (d && p.catalog.devices.get(d.device)?.extraOutputs?.map((o) => o.name)) ?? [];
}

/** Fresh binding names for the other results of a device that gets a binding written anew (`let stack, lease = …`). */
export function nameOutputs(p: Plan, id: string): void {
  const d = p.dinst.get(id)!;
  for (const port of extraOutputs(p, id)) {
    const key = `${id}\u0000${port}`;
    if (!p.outName.has(key)) p.outName.set(key, freshName(p, (d.outputNames && Object.hasOwn(d.outputNames, port) ? d.outputNames[port] : undefined) ?? port, port));
  }
}

/** The names a device's binding binds: its own, then its other results'. */
export function bindsOfDevice(p: Plan, id: string): string[] {
  return [p.bindName.get(id)!, ...extraOutputs(p, id).map((port) => p.outName.get(`${id}\u0000${port}`)!)];
}

/** The `extra` of a generated binding: the other results' names. */
export function extraOf(p: Plan, id: string): { extra?: { port: string; name: string }[] } {
  const ports = extraOutputs(p, id);
  return ports.length ? { extra: ports.map((port) => ({ port, name: p.outName.get(`${id}\u0000${port}`)! })) } : {};
}

/** How generated text refers to another result of a device (`lease`): the name its binding gives it. */
export function outputText(p: Plan, id: string, port: string, into: Into): string {
  const name = p.outName.get(`${id}\u0000${port}`);
  if (name === undefined || name === '_') throw new Regenerate(`the result \`${port}\` of \`${p.dinst.get(id)?.name ?? id}\` has no name in config.ml`);
  use(p, name, unitOf(p, id));
  return placeable(p, name, into);
}

/** Generated text for a wire's source (`id`, or `id` NUL `port`, as in a source map's inputs). */
export function sourceText(p: Plan, src: string, into: Into): string {
  const { from, fromPort } = splitWireSource(src);
  return fromPort !== undefined ? outputText(p, from, fromPort, into) : refText(p, from, into);
}

/** The binding name of a runtime argument, adding a `Runtime_arg.create` binding when the file has none. */
export function rtRef(p: Plan, rt: string, into: Into): string {
  let name = p.rtName.get(rt);
  if (name === undefined) {
    name = freshName(p, unikernelArgName(rt), 'arg');
    p.rtName.set(rt, name);
    const bound = name;
    const type = runtimeArgSignatureTypes(p.index).get(rt) ?? p.design.runtimeArgs.find((a) => a.name === rt)?.type ?? 'string';
    const ann = /^[\w.' ]+$/.test(type.trim()) ? `${/ /.test(type.trim()) ? `(${type.trim()})` : type.trim()} runtime_arg` : undefined;
    p.units.set(`rt:${rt}`, {
      key: `rt:${rt}`,
      binds: [bound],
      instances: [],
      near: null,
      render: () =>
        bindingText({
          instId: null,
          name: bound,
          ...(ann ? { annotation: ann } : {}),
          expr: resolve(p, { k: 'app', fn: { k: 'mirage', name: 'Runtime_arg.create' }, args: [{ kind: 'labeled', label: 'pos', value: { k: 'lit', text: '__POS__' } }, { kind: 'positional', label: null, value: { k: 'str', v: `Unikernel.${unikernelArgName(rt)}` } }] }, null),
        }),
    });
  }
  const unit = p.units.has(`rt:${rt}`) ? `rt:${rt}` : `item:${p.src.runtimeArgs.find((r) => r.name === rt)?.item ?? -1}`;
  use(p, name, unit);
  return placeable(p, name, into);
}

/** The IR of a device's whole expression (register as its application), references unresolved. */
export function deviceIr(p: Plan, id: string): IrExpr {
  const ctx = { index: p.index, params: p.params };
  const d = p.dinst.get(id)!;
  if (d.device === 'register') {
    const r = registerCall(id, ctx);
    const args: IrArg[] = [{ kind: 'positional', label: null, value: { k: 'str', v: p.design.name } }, ...r.args, { kind: 'positional', label: null, value: { k: 'list', items: r.jobs } }];
    return { k: 'app', fn: { k: 'mirage', name: 'register' }, args };
  }
  const b = instanceExpr(id, ctx);
  if (b.verbatim !== undefined) return { k: 'raw', code: b.verbatim };
  return b.expr ?? { k: 'unit' };
}

/**
 * A device's expression printed anew where it was written (`into`): its inputs read inline from this very
 * expression keep their text (with their own edits); the others are referred to by name.
 */
export function instanceText(p: Plan, id: string, into: Into): string {
  const inlineOf = (child: string): string | null => {
    const par = p.parentOf.get(child);
    const s = p.sinst.get(child);
    const at = s ? refSpan(s) : undefined;
    if (!par || par.parent !== id || p.hoisted.has(child) || p.bindName.has(child) || !at) return null;
    return p.edits.render(at[0], at[1], child);
  };
  return printExpr(resolve(p, deviceIr(p, id), into, inlineOf));
}

/** The text that moves into a binding of its own: a `main`'s definition (its `$` operands stay where it is applied), else the expression. */
export const movedSpan = (s: { device: string; span?: [number, number]; use?: [number, number] }): [number, number] | undefined =>
  s.device === 'main' ? s.span : refSpan(s);

/**
 * Gives a device read inline a binding of its own: a fresh name, a unit holding its text, and the name
 * written where the text was. Returns the name.
 */
export function hoist(p: Plan, id: string): string {
  // Moving text out of an item that may already be rendered would leave it twice: plan it before rendering.
  if (p.uses !== null && p.sinst.has(id) && !p.deleted.has(id)) throw new Regenerate(`\`${p.dinst.get(id)?.name ?? id}\` needed a binding of its own that was not planned`);
  const d = p.dinst.get(id)!;
  const name = freshName(p, d.name, d.device);
  p.bindName.set(id, name);
  nameOutputs(p, id);
  p.hoisted.add(id);
  ensureUnit(p, id);
  const s = p.sinst.get(id);
  const at = s && !p.deleted.has(id) ? movedSpan(s) : undefined;
  if (at) {
    p.edits.add(at[0], at[1], () => {
      use(p, name, `new:${id}`);
      return name;
    }, `hoist:${id}`, 1);
  }
  return name;
}

/** Makes sure a device printed as a binding of its own has its unit (new devices and devices moved out of an expression). */
export function ensureUnit(p: Plan, id: string): void {
  const key = `new:${id}`;
  if (p.units.has(key) || !p.dinst.has(id)) return;
  const s = p.sinst.get(id);
  const at = s && !p.deleted.has(id) ? movedSpan(s) : undefined;
  const ann = bindingAnnotation(p.index, p.inference, id);
  p.units.set(key, {
    key,
    binds: bindsOfDevice(p, id),
    instances: [id],
    near: s ? s.item : null,
    render: () => {
      const name = p.bindName.get(id)!;
      const extra = extraOf(p, id);
      if (at) {
        // Read inline: its text moves into the new binding (with its own edits), and a name takes its place.
        const head = extra.extra ? [name, ...extra.extra.map((x) => x.name)].join(', ') : `${name}${ann ? ` : ${ann}` : ''}`;
        return `let ${head} = ${p.edits.render(at[0], at[1], id)}`;
      }
      const e = resolve(p, deviceIr(p, id), null);
      return p.dinst.get(id)!.device === 'register' ? `let () = ${printExpr(e)}` : bindingText({ instId: id, name, expr: e, ...(ann ? { annotation: ann } : {}), ...extra });
    },
  });
}
