import { bindingAnnotation } from '../codegen/annotate';
import { bindingText } from '../codegen/binding-text';
import { runtimeArgSignatureTypes } from '../codegen/ir';
import { printExpr } from '../codegen/print-expr';
import type { Design } from '../design/schema';
import type { Source, SourceRef, Span } from '../design/source';
import type { Diagnostic } from '../diagnostics';
import { topoOrder } from '../graph/index';
import { runtimeArgsSupported } from '../reference/api';
import { assemble } from './assemble';
import { type Plan, Regenerate, makePlan } from './context';
import { diffDesign } from './diff';
import { bindsOfDevice, deviceIr, ensureUnit, extraOf, hoist, nameOutputs, resolve } from './express';
import { editHeader } from './header';
import { planHoists, planItems } from './items';
import { freshName, keptNames, nameBoundDevices } from './naming';
import type { Unit } from './order';
import { orderUnits } from './order';
import { patchInstance, patchName } from './patch';

/** config.ml printed into the text it was read from, with each device's line span and what changed beyond the edits. */
export interface PreservedConfig {
  text: string;
  spans: Record<string, { start: number; end: number }>;
  /** The binding name of each device (the design's name for one written inline; `register` for the register call). */
  names: Map<string, string>;
  notes: Diagnostic[];
}

const toEol = (p: Plan, s: string) => (p.eol === '\n' ? s : s.replace(/\r?\n/g, p.eol));

/**
 * Prints a design into the config.ml it was read from (recast-style): untouched text stays byte for byte,
 * a changed device's arguments are rewritten where they are written, added devices get bindings before
 * their first use, deleted ones leave with their comments. Throws `Regenerate` when it cannot (then the
 * caller prints the file anew and says so).
 */
export function printPreserved(design: Design, src: Source): PreservedConfig {
  const p = makePlan(design, src);
  diffDesign(p);
  planItems(p);
  keptNames(p);
  nameBoundDevices(p);
  nameRuntimeArgs(p);
  for (const i of p.regen) {
    for (const s of p.byItem.get(i) ?? []) {
      if (p.deleted.has(s.id) || p.bindName.has(s.id)) continue;
      p.bindName.set(s.id, freshName(p, p.dinst.get(s.id)!.name, s.device));
      nameOutputs(p, s.id);
    }
  }
  for (const id of planHoists(p)) hoist(p, id);
  for (const d of design.devices) {
    const s = p.sinst.get(d.id);
    if (s && !p.deleted.has(d.id)) continue;
    p.bindName.set(d.id, freshName(p, d.name, d.device));
    nameOutputs(p, d.id);
    ensureUnit(p, d.id);
  }
  for (const [id, c] of p.changes) {
    const s = p.sinst.get(id)!;
    if ((c.params.size || c.ports.size) && !p.regen.has(s.item) && !p.dropped.has(s.item)) patchInstance(p, id);
  }
  patchName(p);
  editHeader(p);
  for (const d of src.drop) p.edits.add(d[0], d[1], '', 'drop');
  const units = renderUnits(p);
  const order = orderUnits(p, units);
  const { text, ranges } = assemble(p, order);
  const names = new Map(design.devices.map((d) => [d.id, d.device === 'register' ? 'register' : (p.bindName.get(d.id) ?? d.name)]));
  return { text, spans: spansOf(p, order, ranges, text), names, notes: p.notes };
}

/** Runtime arguments keep the binding they were read with; one whose type changed gets its binding printed anew. */
function nameRuntimeArgs(p: Plan): void {
  if (!runtimeArgsSupported(p.design.mirage)) return;
  const usedAs = runtimeArgSignatureTypes(p.index);
  for (const r of p.src.runtimeArgs) {
    const a = p.design.runtimeArgs.find((x) => x.name === r.name);
    if (!a || p.dropped.has(r.item) || p.rtName.has(r.name)) continue;
    p.rtName.set(r.name, r.binding);
    // The annotation says the type config.ml uses (`let port : int runtime_arg = …`; the signature's where a
    // device takes it, e.g. `string option` for ccm_block's key): it follows a changed type.
    const t = (usedAs.get(r.name) ?? a.type).trim().replace(/\s+/g, ' ');
    if (r.typeSpan && r.type.replace(/\s+/g, ' ') !== t && /^[\w.' ]+$/.test(t)) p.edits.add(r.typeSpan[0], r.typeSpan[1], `${/ /.test(t) ? `(${t})` : t} runtime_arg`, `rt:${r.name}`);
  }
}

/** Every item kept or printed anew, and every added binding, rendered (rendering may add more bindings). */
function renderUnits(p: Plan): Unit[] {
  const refs: SourceRef[] = p.src.items.flatMap((it) => it.refs).sort((a, b) => a[2][0] - b[2][0]);
  const usesIn = (copied: Span[], into: Set<string>) => {
    for (const [s, e] of copied) {
      let lo = 0;
      let hi = refs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (refs[mid]![2][0] < s) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < refs.length && refs[k]![2][0] < e; k++) if (refs[k]![2][1] <= e) into.add(`${refs[k]![0]}\u0000item:${refs[k]![1]}`);
    }
  };
  const run = (make: () => string, binds: string[]): { text: string; uses: Set<string> } => {
    const uses = new Set<string>();
    p.uses = uses;
    p.rendering = new Set(binds);
    p.edits.copied = [];
    const text = toEol(p, make());
    usesIn(p.edits.copied, uses);
    p.uses = null;
    p.edits.copied = null;
    return { text, uses };
  };
  const units: Unit[] = [];
  p.src.items.forEach((it, i) => {
    if (p.dropped.has(i)) return;
    const renamed = new Map(
      (p.byItem.get(i) ?? []).flatMap((s) => [
        ...(s.bind ? [[p.text.slice(s.bind[0], s.bind[1]), p.bindName.get(s.id)] as const] : []),
        ...(s.outputs ?? []).map(([port, at]) => [p.text.slice(at[0], at[1]), p.outName.get(`${s.id}\u0000${port}`)] as const),
      ]),
    );
    const binds = p.regen.has(i) ? regenNames(p, i) : it.binds.map(([n]) => renamed.get(n) ?? n);
    const { text, uses } = run(() => (p.regen.has(i) ? regenText(p, i) : p.edits.render(it.chunk[0], it.chunk[1])), binds);
    units.push({ key: `item:${i}`, item: i, text, binds, uses, near: null, instances: (p.byItem.get(i) ?? []).map((s) => s.id) });
  });
  const done = new Set<string>();
  for (let again = true; again; ) {
    again = false;
    for (const u of [...p.units.values()]) {
      if (done.has(u.key)) continue;
      done.add(u.key);
      again = true;
      const { text, uses } = run(u.render, u.binds);
      units.push({ key: u.key, item: null, text, binds: u.binds, uses, near: u.near, instances: u.instances });
    }
  }
  return units;
}

/** The devices an item printed anew holds, in dependency order (alive, and not moved to a binding of their own). */
function regenDevices(p: Plan, i: number): string[] {
  const mine = new Set((p.byItem.get(i) ?? []).filter((s) => !p.deleted.has(s.id) && !p.hoisted.has(s.id)).map((s) => s.id));
  return topoOrder(p.index).filter((id) => mine.has(id));
}

function regenNames(p: Plan, i: number): string[] {
  return regenDevices(p, i).filter((id) => p.dinst.get(id)!.device !== 'register').flatMap((id) => bindsOfDevice(p, id));
}

/** An item printed anew: one generated binding per device it made, in the file's line ending. */
function regenText(p: Plan, i: number): string {
  return regenDevices(p, i)
    .map((id) => {
      const e = resolve(p, deviceIr(p, id), i);
      if (p.dinst.get(id)!.device === 'register') return `let () = ${printExpr(e)}`;
      const ann = bindingAnnotation(p.index, p.inference, id);
      return bindingText({ instId: id, name: p.bindName.get(id)!, expr: e, ...(ann ? { annotation: ann } : {}), ...extraOf(p, id) });
    })
    .join('\n');
}

/** The 1-based line span of each device: the lines of the unit that holds it. */
function spansOf(p: Plan, order: Unit[], ranges: Map<string, Span>, text: string): Record<string, { start: number; end: number }> {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: Record<string, { start: number; end: number }> = {};
  for (const u of order) {
    const r = ranges.get(u.key);
    if (!r) continue;
    for (const id of u.instances) if (p.dinst.has(id) && !p.deleted.has(id) && !(u.item !== null && p.hoisted.has(id))) out[id] = { start: lineOf(r[0]), end: lineOf(Math.max(r[0], r[1] - 1)) };
  }
  return out;
}

export { Regenerate };
