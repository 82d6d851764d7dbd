import type { Design, DeviceInstance, ParamValue } from '../design/schema';

/**
 * The canonical form of a design, for comparing two designs ("the same" = deep-equal canonical forms):
 * instance ids become binding names (made unique with `#2`, `#3`… where names repeat or are empty),
 * devices sorted by name, params sorted by key, wires re-id'd `from->to.port` and sorted, positions rounded.
 */
export function canonicalDesign(d: Design): Design {
  const newId = new Map<string, string>();
  const taken = new Set<string>();
  const order = [...d.devices].sort((a, b) => cmp(a.name, b.name) || cmp(a.device, b.device) || cmp(a.id, b.id));
  for (const inst of order) {
    const base = inst.name || inst.device;
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}#${k}`;
    taken.add(id);
    newId.set(inst.id, id);
  }
  const devices: DeviceInstance[] = order.map((inst) => ({
    id: newId.get(inst.id)!,
    device: inst.device,
    name: inst.name,
    params: sortParams(inst.params),
    position: { x: Math.round(inst.position.x) || 0, y: Math.round(inst.position.y) || 0 },
    ...(inst.outputNames !== undefined ? { outputNames: Object.fromEntries(Object.entries(inst.outputNames).sort(([a], [b]) => cmp(a, b))) } : {}),
  }));
  const wires = d.wires
    .map((w) => {
      const from = newId.get(w.from) ?? w.from;
      const to = newId.get(w.to) ?? w.to;
      const fp = w.fromPort !== undefined ? { fromPort: w.fromPort } : {};
      return { id: `${from}${w.fromPort !== undefined ? `.${w.fromPort}` : ''}->${to}.${w.port}`, from, to, port: w.port, ...fp };
    })
    .sort((a, b) => cmp(a.id, b.id));
  return {
    format: d.format,
    name: d.name,
    ...(d.description !== undefined ? { description: d.description } : {}),
    mirage: d.mirage,
    target: d.target,
    runtimeArgs: d.runtimeArgs.map((a) => ({
      name: a.name,
      type: a.type,
      ...(a.default !== undefined ? { default: a.default } : {}),
      ...(a.doc !== undefined ? { doc: a.doc } : {}),
    })),
    devices,
    wires,
  };
}

/** True when two designs have the same canonical form. */
export function sameDesign(a: Design, b: Design): boolean {
  return JSON.stringify(canonicalDesign(a)) === JSON.stringify(canonicalDesign(b));
}

function sortParams(p: Record<string, ParamValue>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const k of Object.keys(p).sort()) {
    const v = p[k];
    // Absent and null both mean "not given".
    if (v !== null && v !== undefined) out[k] = structuredClone(v);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
