import { carryAnnotations } from '../../core/annotations/ops';
import { readMetadata } from '../../core/codegen/metadata';
import type { Design, DeviceInstance } from '../../core/design/schema';
import { type Source, sealSource, splitWireSource, wireSource } from '../../core/design/source';

type Pos = { x: number; y: number };
const COL = 260;
const ROW = 140;

/**
 * Fits a design read from edited config.ml into the current one (pure): instances whose binding name
 * persists keep their id (a renamed binding of the same device keeps it too), and the source map kept
 * with the text follows the ids; positions come from a metadata comment (written by earlier versions),
 * else the current position by name, else a free spot next to a wired neighbour. Without a metadata
 * comment the current target and description are kept, and runtime arguments keep their default and doc.
 * Notes and groups are the current design's (those pointing at devices the code no longer has are dropped
 * or unpinned).
 */
export function settleImported(next: Design, current: Design, source: string): Design {
  const meta = readMetadata(source);
  const byName = new Map(current.devices.map((d) => [d.name, d]));
  const names = new Set(next.devices.map((d) => d.name));
  const vanished = current.devices.filter((d) => !names.has(d.name));
  const match = new Map<string, DeviceInstance>();
  for (const d of next.devices) {
    const same = byName.get(d.name);
    if (same) match.set(d.id, same);
  }
  for (const d of next.devices) {
    if (match.has(d.id)) continue;
    const i = vanished.findIndex((v) => v.device === d.device);
    if (i >= 0) match.set(d.id, vanished.splice(i, 1)[0]!);
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const d of next.devices) {
    const m = match.get(d.id);
    if (m && !taken.has(m.id)) {
      ids.set(d.id, m.id);
      taken.add(m.id);
    }
  }
  for (const d of next.devices) {
    if (ids.has(d.id)) continue;
    let id = d.id;
    for (let k = 2; taken.has(id); k++) id = `${d.id}_${k}`;
    ids.set(d.id, id);
    taken.add(id);
  }
  const wires = next.wires.map((w) => {
    const from = ids.get(w.from) ?? w.from;
    const to = ids.get(w.to) ?? w.to;
    const fp = w.fromPort !== undefined ? { fromPort: w.fromPort } : {};
    return { id: `${from}${w.fromPort !== undefined ? `.${w.fromPort}` : ''}->${to}.${w.port}`, from, to, port: w.port, ...fp };
  });
  const placed = new Map<string, Pos>();
  const open: DeviceInstance[] = [];
  for (const d of next.devices) {
    const id = ids.get(d.id)!;
    const p = meta?.positions.get(d.name) ?? match.get(d.id)?.position;
    if (p) placed.set(id, { x: p.x, y: p.y });
    else open.push(d);
  }
  for (const d of open) {
    const id = ids.get(d.id)!;
    placed.set(id, freeSpot(spotNear(id, wires, placed), placed));
  }
  const devices = next.devices.map((d) => ({ ...d, id: ids.get(d.id)!, position: placed.get(ids.get(d.id)!)! }));
  const keep = meta
    ? {}
    : {
        target: current.target,
        ...(current.description !== undefined ? { description: current.description } : {}),
        runtimeArgs: next.runtimeArgs.map((r) => {
          const was = current.runtimeArgs.find((c) => c.name === r.name);
          return was ? { ...r, ...(was.default !== undefined ? { default: was.default } : {}), ...(was.doc !== undefined ? { doc: was.doc } : {}) } : r;
        }),
      };
  const map = next.source && remapSource(next.source, ids);
  // config.ml holds notes and groups only as comments: the canvas keeps its own.
  return carryAnnotations({ ...next, ...keep, devices, wires, ...(map ? { source: map } : {}) }, current);
}

/** The source map with the design's ids in place of the ones the import gave. */
function remapSource(src: Source, ids: Map<string, string>): Source {
  const to = (id: string) => ids.get(id) ?? id;
  return sealSource({ ...src, instances: src.instances.map((s) => ({ ...s, id: to(s.id), inputs: s.inputs.map(([port, from]) => [port, from.map((f) => wireSource({ ...splitWireSource(f), from: to(splitWireSource(f).from) }))]) })) });
}

/** Left of a device it feeds, right of one feeding it, else below everything placed. */
function spotNear(id: string, wires: Design['wires'], placed: Map<string, Pos>): Pos {
  for (const w of wires) {
    const to = w.from === id ? placed.get(w.to) : undefined;
    if (to) return { x: to.x - COL, y: to.y };
  }
  for (const w of wires) {
    const from = w.to === id ? placed.get(w.from) : undefined;
    if (from) return { x: from.x + COL, y: from.y };
  }
  const all = [...placed.values()];
  if (!all.length) return { x: 0, y: 0 };
  return { x: Math.min(...all.map((p) => p.x)), y: Math.max(...all.map((p) => p.y)) + ROW };
}

/** Moves down from `p` until no placed device is within a node's size of it. */
function freeSpot(p: Pos, placed: Map<string, Pos>): Pos {
  const at = { ...p };
  const busy = () => [...placed.values()].some((q) => Math.abs(q.x - at.x) < 200 && Math.abs(q.y - at.y) < 100);
  for (let i = 0; i < 200 && busy(); i++) at.y += ROW;
  return at;
}
