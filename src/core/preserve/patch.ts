import { strList } from '../catalog/ports';
import type { ParamSpec, PortSpec } from '../catalog/spec';
import { bindingText } from '../codegen/binding-text';
import { instanceExpr } from '../codegen/ir-instances';
import type { IrArg, IrExpr } from '../codegen/ir-types';
import { ocamlString } from '../codegen/ocaml-literals';
import { paramExpr } from '../codegen/params';
import { printAtom, printExpr } from '../codegen/print-expr';
import { type ArgSpan, type SourceInstance, wireSource } from '../design/source';
import type { Plan } from './context';
import { stableJson } from './diff';
import { atom, instanceText, refText, resolve, sourceText } from './express';

/** This change cannot be written as an edit of one argument: the device's whole expression is printed anew. */
class Reprint extends Error {}

/** The start of the whitespace before `at` (an argument is removed with the space that separates it). */
function spaceBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** The IR of a main's argument as generated (`packages`, `runtime_args` by label; `module`, `functor` by position). */
function mainArg(p: Plan, id: string, name: string): IrExpr | null {
  const e = instanceExpr(id, { index: p.index, params: p.params }).expr;
  if (e?.k !== 'app') return null;
  const positional = e.args.filter((a) => a.kind === 'positional');
  const a: IrArg | undefined = name === 'module' ? positional[0] : name === 'functor' ? positional[1] : e.args.find((x) => x.label === name);
  return a ? a.value : null;
}

/** Writes one argument's new value over the old one, inserts it after the device's name, or removes it. */
function writeArg(p: Plan, s: SourceInstance, owner: string, a: ArgSpan | undefined, label: string | null, optional: boolean, text: (() => string) | null): void {
  if (text === null) {
    if (!a) return;
    if (!optional) throw new Reprint();
    p.edits.add(spaceBefore(p.text, a.span[0]), a.span[1], '', owner);
    return;
  }
  if (a) {
    if (a.value) p.edits.add(a.value[0], a.value[1], text, owner);
    else if (label === null) p.edits.add(a.span[0], a.span[1], text, owner);
    else p.edits.add(a.span[0], a.span[1], () => `~${label}:${text()}`, owner);
    return;
  }
  if (label === null || s.fnEnd === undefined) throw new Reprint();
  p.edits.add(s.fnEnd, s.fnEnd, () => ` ~${label}:${text()}`, owner);
}

/**
 * A list parameter written as a list literal (a main's `~packages:[ … ]`, `~runtime_args:[ … ]`): the items
 * that stay keep their text; new ones are printed; only appended ones leave the rest of the list untouched.
 * False when the list is not written so.
 */
function patchListParam(p: Plan, s: SourceInstance, a: ArgSpan | undefined, name: string, e: IrExpr | null): boolean {
  const items = a?.items;
  const old = new Map(s.params).get(name);
  const now = p.dinst.get(s.id)!.params[name];
  if (!a || !items || !a.value || e?.k !== 'list' || !Array.isArray(old) || !Array.isArray(now) || items.length !== old.length || items.length === 0) return false;
  const oldKeys = old.map(stableJson);
  const newKeys = now.map(stableJson);
  if (newKeys.length !== e.items.length) return false;
  const printed = (k: number) => printExpr(resolve(p, e.items[k]!, s.item));
  if (newKeys.length > oldKeys.length && oldKeys.every((x, k) => x === newKeys[k])) {
    const last = items[items.length - 1]!;
    p.edits.add(last[1], last[1], () => newKeys.slice(oldKeys.length).map((_, k) => `; ${printed(oldKeys.length + k)}`).join(''), s.id);
    return true;
  }
  const used = new Set<number>();
  const text = () =>
    `[ ${newKeys
      .map((key, k) => {
        const at = oldKeys.findIndex((x, i) => x === key && !used.has(i));
        if (at < 0) return printed(k);
        used.add(at);
        return p.edits.render(items[at]![0], items[at]![1]);
      })
      .join('; ')} ]`;
  p.edits.add(a.value[0], a.value[1], text, s.id);
  return true;
}

function patchParam(p: Plan, s: SourceInstance, args: Map<string, ArgSpan>, name: string): void {
  const d = p.dinst.get(s.id)!;
  if (d.device === 'main') {
    const e = mainArg(p, s.id, name);
    if ((name === 'packages' || name === 'runtime_args') && patchListParam(p, s, args.get(name), name, e)) return;
    const label = name === 'module' || name === 'functor' ? null : name;
    writeArg(p, s, s.id, args.get(name), label, label !== null, e ? () => printAtom(resolve(p, e, s.item)) : null);
    return;
  }
  const spec = p.catalog.devices.get(d.device)?.args.find((a): a is ParamSpec => a.role === 'param' && a.name === name);
  if (!spec) throw new Reprint();
  const e = paramExpr(spec, d.params[name] ?? undefined, { ...p.params, keyName: `${d.name}-${spec.label ?? spec.name}` }, `${spec.label ? `~${spec.label}` : `argument ${spec.name}`} of ${d.name}`);
  writeArg(p, s, s.id, args.get(name), spec.kind === 'positional' ? null : spec.label, spec.kind !== 'positional', e ? () => printAtom(resolve(p, e, s.item)) : null);
}

function patchPort(p: Plan, s: SourceInstance, args: Map<string, ArgSpan>, port: string): void {
  const d = p.dinst.get(s.id)!;
  const from = (p.index.incoming(s.id).get(port) ?? []).filter((w) => p.dinst.has(w.from)).map(wireSource);
  const a = args.get(port);
  const spec = p.catalog.devices.get(d.device)?.args.find((x): x is PortSpec => x.role === 'port' && x.name === port);
  // A part of a tuple argument (`~dhcp:(requests, lease)`): the device is printed anew.
  if (!spec || spec.tuple) throw new Reprint();
  if (spec.many) {
    if (!a) throw new Reprint();
    const was = new Map(s.inputs).get(port) ?? [];
    const items = a.items;
    if (!items || items.length !== was.length) throw new Reprint();
    const keep = (id: string, k: number) => (was[k] === id && items[k] ? p.edits.render(items[k]![0], items[k]![1]) : sourceText(p, id, s.item));
    if (was.length > 0 && was.every((id, k) => from[k] === id) && from.length > was.length) {
      // Jobs added at the end: written after the last one, the rest of the list as it was.
      const last = items[items.length - 1]!;
      p.edits.add(last[1], last[1], () => from.slice(was.length).map((id) => `; ${sourceText(p, id, s.item)}`).join(''), s.id);
      return;
    }
    const text = () => (from.length ? `[ ${from.map((id) => keep(id, was.indexOf(id))).join('; ')} ]` : '[]');
    writeArg(p, s, s.id, a, spec.kind === 'positional' ? null : spec.label, false, text);
    return;
  }
  const text = from[0] ? () => atom(sourceText(p, from[0]!, s.item)) : spec.kind === 'optional' ? null : () => printExpr({ k: 'missing', why: `${spec.label ? `~${spec.label}` : `argument ${spec.name}`} of ${d.name} is not connected` });
  writeArg(p, s, s.id, a, spec.kind === 'positional' ? null : spec.label, spec.kind === 'optional', text);
}

/**
 * The edits of one changed device read in place: each changed argument is rewritten where it is written (or
 * added after the device's name, or removed); what cannot be said that way prints the whole expression anew.
 */
export function patchInstance(p: Plan, id: string): void {
  const s = p.sinst.get(id)!;
  const c = p.changes.get(id)!;
  const d = p.dinst.get(id)!;
  const args = new Map(s.args);
  try {
    if (d.device === 'ocaml_code' || c.params.has('@name') || (d.device === 'match_impl' && c.params.has('cases'))) throw new Reprint();
    for (const name of c.params) patchParam(p, s, args, name);
    if (d.device === 'main') {
      if (c.ports.size) patchMainUse(p, s, args);
    } else for (const port of c.ports) patchPort(p, s, args, port);
  } catch (e) {
    if (!(e instanceof Reprint)) throw e;
    p.edits.removeOwner(id);
    if (!s.span) throw e;
    const whole = p.src.items[s.item]!.span;
    const item = d.device === 'ocaml_code' && s.span[0] === whole[0] && s.span[1] === whole[1];
    p.edits.add(s.span[0], s.span[1], () => (item ? codeItemText(p, id, s.item) : instanceText(p, id, s.item)), id, 1);
    if (s.lossy) p.notes.push({ code: 'MC031', severity: 'warning', message: `\`${d.name}\` is written anew in config.ml; arguments the composer does not model (such as \`~local_libs\`) were left out of it.`, instance: id });
  }
}

/**
 * A `main`'s devices are the `$` operands where it is applied (`main $ a $ b`): each changed one is rewritten
 * there, or the whole application when their number changed; a `main` used by name gets its operands there.
 */
function patchMainUse(p: Plan, s: SourceInstance, args: Map<string, ArgSpan>): void {
  const id = s.id;
  const now = p.index.incoming(id);
  const want = strList(p.dinst.get(id)!.params.functor).length;
  const was = new Map(s.inputs);
  const operand = (k: number) => {
    const port = `arg${k}`;
    const w = now.get(port)?.[0];
    const from = w && wireSource(w);
    const a = args.get(port);
    if (a && from && was.get(port)?.[0] === from) return p.edits.render(a.span[0], a.span[1]);
    return w && from && p.dinst.has(w.from) ? atom(sourceText(p, from, s.item)) : printExpr({ k: 'missing', why: `argument ${k} of ${p.dinst.get(id)!.name} is not connected` });
  };
  const ports = [...Array(want).keys()].map((k) => k + 1);
  if (s.use && s.useFn) {
    const [fs, fe] = s.useFn;
    const [us, ue] = s.use;
    const same = ports.length === [...was.keys()].filter((k) => /^arg\d+$/.test(k)).length && ports.every((k) => args.has(`arg${k}`));
    if (same) {
      for (const k of ports) {
        const a = args.get(`arg${k}`)!;
        const w = now.get(`arg${k}`)?.[0];
        if ((w && wireSource(w)) !== was.get(`arg${k}`)?.[0]) p.edits.add(a.span[0], a.span[1], () => operand(k), id);
      }
    } else p.edits.add(us, ue, () => [p.edits.render(fs, fe), ...ports.map(operand)].join(' $ '), id);
    return;
  }
  // Used by name (`[ main ]`): where each consumer lists it, the name becomes the application.
  for (const w of p.index.outgoing(id)) {
    const c = p.sinst.get(w.to);
    const k = c ? (new Map(c.inputs).get(w.port) ?? []).indexOf(id) : -1;
    const at = c?.args.find(([n]) => n === w.port)?.[1];
    const item = at?.items?.[k] ?? (at && k === 0 ? at.span : undefined);
    if (!c || !item || p.deleted.has(c.id)) continue;
    p.edits.add(item[0], item[1], () => refText(p, id, c.item), `${id}@${w.to}`);
  }
}

/** An `ocaml_code` node that is a whole top-level item, printed as generated config.ml prints it (verbatim, renamed, or `let name = …`). */
function codeItemText(p: Plan, id: string, into: number): string {
  const b = instanceExpr(id, { index: p.index, params: p.params });
  const name = p.bindName.get(id) ?? b.name;
  return bindingText({ ...b, name, ...(b.expr ? { expr: resolve(p, b.expr, into) } : {}) });
}

/** `register "name"`: the unikernel name, where it is written. */
export function patchName(p: Plan): void {
  if (p.design.name !== p.src.name && p.src.nameSpan) p.edits.add(p.src.nameSpan[0], p.src.nameSpan[1], ocamlString(p.design.name), 'name');
}
