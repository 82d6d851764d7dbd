import type { ParamSpec } from '../catalog/spec';
import { termTypeFor } from '../facts/runtime-args';
import type { Design, DeviceInstance, RuntimeArg, Wire } from '../design/schema';
import { DESIGN_FORMAT } from '../design/schema';
import { fallbackName, mirageValueNames } from '../codegen/ir-names';
import type { DesignMetadata } from '../codegen/metadata';
import { OCAML_KEYWORDS } from '../codegen/ocaml-literals';
import type { MirageVersion } from '../reference/types';
import type { Pending } from './state';
import type { ImportState } from './state';

const COL = 260;
/** Built-in nodes keep their plain names (`register` is how the metadata keys the register call). */
const BUILTIN_NAMES = new Set(['main', 'register', 'code']);
const ROW = 140;

/**
 * Unique binding names: bound instances keep their `let` name; the others get codegen's default name for
 * their device (`net`, `stack`), never a Mirage value name, so export → import keeps them.
 */
function settleNames(instances: Pending[], version: MirageVersion): Map<string, string> {
  const taken = new Set<string>();
  const reserved = mirageValueNames(version);
  const names = new Map<string, string>();
  const next = new Map<string, number>();
  const unique = (base: string) => {
    let n = base;
    for (let k = next.get(base) ?? 2; taken.has(n); k++) {
      n = `${base}_${k}`;
      next.set(base, k + 1);
    }
    taken.add(n);
    return n;
  };
  for (const i of instances) if (i.bind) names.set(i.id, unique(i.bind));
  for (const i of instances) {
    if (i.bind) continue;
    const base = fallbackName(i.hint).replace(/[^A-Za-z0-9_']/g, '_') || 'device';
    const clash = (reserved.has(base) && !BUILTIN_NAMES.has(base)) || OCAML_KEYWORDS.has(base);
    names.set(i.id, unique(clash ? `${base}_1` : base));
  }
  return names;
}

/** Left-to-right layout by dependency depth (used when the file has no saved positions). */
function depthLayout(ids: string[], wires: Wire[]): Map<string, { x: number; y: number }> {
  const depth = new Map(ids.map((id) => [id, 0]));
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const w of wires) {
      const d = (depth.get(w.from) ?? 0) + 1;
      if (d > (depth.get(w.to) ?? 0) && d <= ids.length) {
        depth.set(w.to, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows = new Map<number, number>();
  const out = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const d = depth.get(id) ?? 0;
    const r = rows.get(d) ?? 0;
    rows.set(d, r + 1);
    out.set(id, { x: d * COL, y: r * ROW });
  }
  return out;
}

export interface Finalized {
  design: Design;
  /** The design id of each provisional instance id. */
  names: Map<string, string>;
  wireAt: Map<string, { line: number; column: number }>;
  kept: { name: string; line: number; reason: string }[];
}

/** Turns the import state into a design: names settled, code references wired, positions and runtime args restored. */
export function finalizeDesign(st: ImportState, meta: DesignMetadata | null): Finalized {
  const names = settleNames(st.instances, st.catalog.version);
  const wires: Wire[] = [];
  const wireAt = new Map<string, { line: number; column: number }>();
  const seen = new Set<string>();
  const push = (from: string, to: string, port: string, at: { line: number; column: number }, fromPort?: string) => {
    const id = `${from}${fromPort !== undefined ? `.${fromPort}` : ''}->${to}.${port}`;
    if (seen.has(id) || from === to) return;
    seen.add(id);
    wires.push({ id, from, to, port, ...(fromPort !== undefined ? { fromPort } : {}) });
    wireAt.set(id, at);
  };
  for (const w of st.wires) {
    const from = names.get(w.from);
    const to = names.get(w.to);
    if (from && to) push(from, to, w.port, w, w.fromPort);
  }
  const devices: DeviceInstance[] = st.instances.map((i) => {
    const name = names.get(i.id)!;
    const params = { ...i.params };
    if (i.device === 'ocaml_code') {
      const refs = [...new Set(i.refs.filter(([, id]) => names.has(id) && id !== i.id).map(([n]) => n))];
      if (refs.length) params.refs = refs;
      for (const [n, id, port] of i.refs) if (refs.includes(n)) push(names.get(id)!, name, `ref_${n}`, i, port);
    }
    const outputNames = i.outputNames?.size ? Object.fromEntries(i.outputNames) : undefined;
    return { id: name, device: i.device, name, params, position: { x: 0, y: 0 }, ...(outputNames ? { outputNames } : {}) };
  });
  const layout = depthLayout(devices.map((d) => d.id), wires);
  for (const d of devices) d.position = meta?.positions.get(d.name) ?? layout.get(d.id)!;
  const design: Design = {
    format: DESIGN_FORMAT,
    name: st.name ?? meta?.name ?? 'main',
    mirage: st.catalog.version,
    target: meta?.target ?? 'unix',
    ...(meta?.description !== undefined ? { description: meta.description } : {}),
    runtimeArgs: runtimeArgs(st, meta, devices),
    devices,
    wires,
  };
  const kept = st.instances
    .filter((i) => i.device === 'ocaml_code')
    .map((i) => ({ name: names.get(i.id)!, line: i.line, reason: i.reason ?? 'OCaml the composer does not model' }));
  return { design, names, wireAt, kept };
}

/** Runtime args of the file, with type/default/doc from the metadata, else the type of the parameter using them. */
function runtimeArgs(st: ImportState, meta: DesignMetadata | null, devices: DeviceInstance[]): RuntimeArg[] {
  const fromMeta = new Map((meta?.runtimeArgs ?? []).map((r) => [r.name, r]));
  const used = new Map<string, string>();
  for (const d of devices) {
    const spec = st.catalog.devices.get(d.device);
    const positional = (spec?.args ?? []).filter((a): a is ParamSpec => a.role === 'param' && a.kind === 'positional');
    for (const a of spec?.args ?? []) {
      const v = d.params[a.name];
      if (a.role !== 'param' || a.type.kind !== 'runtime_arg' || !v || typeof v !== 'object' || !('runtimeArg' in v)) continue;
      // The type the unikernel's term needs (the facts' Cmdliner term type, e.g. `string` for ccm_block's key).
      used.set(v.runtimeArg, termTypeFor(d.device, st.catalog.version, a, positional) ?? a.type.inner);
    }
  }
  const out: RuntimeArg[] = [];
  for (const r of st.runtimeArgs.values()) {
    const m = fromMeta.get(r.name);
    // The term type a device needs wins over the annotation (`(string option) runtime_arg` for ccm_block's key is a `string` term).
    out.push(m ? { ...m } : { name: r.name, type: used.get(r.name) || r.type || 'string' });
  }
  for (const m of meta?.runtimeArgs ?? []) if (!st.runtimeArgs.has(m.name)) out.push({ ...m });
  return out;
}
