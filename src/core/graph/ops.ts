import { catalogFor } from '../catalog';
import { DESIGN_FORMAT } from '../design/format';
import type { Design, DeviceInstance, ParamValue, Wire } from '../design/schema';
import { LATEST_VERSION, type MirageVersion } from '../reference/types';
import { pruneAnnotations } from '../annotations/ops';
import { type Connection, type ConnectionVerdict, checkConnection } from '../validate/connection';
import { indexDesign } from './index';

/**
 * Pure editing operations on a design: every function returns a new design (or the same object when
 * nothing changes) and never mutates its input. The editor's undo history is built on that identity.
 */

type Pos = { x: number; y: number };

/** A fresh design with a `main` (no functor arguments yet) registered: the smallest thing to build on. */
export function newDesign(version: MirageVersion = LATEST_VERSION, target = 'unix'): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'unikernel',
    mirage: version,
    target,
    runtimeArgs: [],
    devices: [
      { id: 'main', device: 'main', name: 'main', params: { module: 'Unikernel.Main', functor: [] }, position: { x: 0, y: 0 } },
      { id: 'register', device: 'register', name: 'register', params: {}, position: { x: 320, y: 0 } },
    ],
    wires: [{ id: 'main->register.jobs', from: 'main', to: 'register', port: 'jobs' }],
  };
}

const SHORT = new Map([
  ['default_network', 'net'],
  ['generic_stackv4v6', 'stack'],
  ['tcpv4v6_of_stackv4v6', 'tcp'],
  ['udpv4v6_of_stackv4v6', 'udp'],
  ['generic_kv_ro', 'htdocs'],
  ['block_of_file', 'disk'],
  ['paf_server', 'http'],
  ['cohttp_server', 'http'],
  ['conduit_direct', 'conduit'],
]);

/** The default binding name for a new instance of a catalog device (`generic_stackv4v6` → `stack`). */
export function defaultBindingName(catalogId: string): string {
  const s = SHORT.get(catalogId);
  if (s) return s;
  const base = catalogId
    .replace(/^(generic|default|direct|socket|static)_/, '')
    .replace(/_of_.*$/, '')
    .replace(/v4v6$/, '');
  return /^[a-z_][a-z0-9_']*$/.test(base) ? base : 'dev';
}

/** `base` if no instance is bound to it, else `base2`, `base3`, … (binding names are compared exactly). */
export function uniqueName(d: Design, base: string): string {
  const taken = new Set(d.devices.map((x) => x.name));
  return firstFree(taken, base);
}

function firstFree(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  const sep = /\d$/.test(base) ? '_' : '';
  for (let i = 2; ; i++) if (!taken.has(`${base}${sep}${i}`)) return `${base}${sep}${i}`;
}

function defaultParams(catalogId: string): Record<string, ParamValue> {
  if (catalogId === 'main') return { module: 'Unikernel.Main', functor: [] };
  return {};
}

/** Adds an instance of `catalogId` at `position`; the binding name is made unique. Returns its id. */
export function addDevice(
  d: Design,
  catalogId: string,
  position: Pos,
  name?: string,
  params?: Record<string, ParamValue>,
): { design: Design; id: string } {
  const binding = uniqueName(d, name ?? defaultBindingName(catalogId));
  const id = firstFree(new Set(d.devices.map((x) => x.id)), binding);
  const inst: DeviceInstance = { id, device: catalogId, name: binding, params: { ...defaultParams(catalogId), ...params }, position: { ...position } };
  return { design: { ...d, devices: [...d.devices, inst] }, id };
}

/** Removes instances and every wire touching them (notes pinned to them stay, unpinned; they leave their groups). */
export function removeInstances(d: Design, ids: readonly string[]): Design {
  const gone = new Set(ids);
  if (!d.devices.some((x) => gone.has(x.id))) return d;
  return pruneAnnotations({
    ...d,
    devices: d.devices.filter((x) => !gone.has(x.id)),
    wires: d.wires.filter((w) => !gone.has(w.from) && !gone.has(w.to)),
  });
}

/** Adds a wire after `checkConnection` accepts it; otherwise returns the verdict explaining why not. */
export function connect(d: Design, conn: Connection): { design: Design } | { error: Extract<ConnectionVerdict, { ok: false }> } {
  const verdict = checkConnection(indexDesign(d, catalogFor(d.mirage)), conn);
  if (!verdict.ok) return { error: verdict };
  const ids = new Set(d.wires.map((w) => w.id));
  const id = firstFree(ids, `${conn.from}${conn.fromPort ? `.${conn.fromPort}` : ''}->${conn.to}.${conn.port}`);
  return { design: { ...d, wires: [...d.wires, { id, from: conn.from, to: conn.to, port: conn.port, ...(conn.fromPort !== undefined ? { fromPort: conn.fromPort } : {}) }] } };
}

/** Removes wires by id (one or many). */
export function disconnect(d: Design, wireId: string | readonly string[]): Design {
  const gone = new Set(typeof wireId === 'string' ? [wireId] : wireId);
  if (!d.wires.some((w) => gone.has(w.id))) return d;
  return { ...d, wires: d.wires.filter((w) => !gone.has(w.id)) };
}

function updateInstance(d: Design, id: string, f: (x: DeviceInstance) => DeviceInstance): Design {
  let changed = false;
  const devices = d.devices.map((x) => {
    if (x.id !== id) return x;
    const y = f(x);
    if (y !== x) changed = true;
    return y;
  });
  return changed ? { ...d, devices } : d;
}

/** Sets the binding name of an instance as given (validation reports invalid or duplicate names). */
export function renameInstance(d: Design, id: string, name: string): Design {
  return updateInstance(d, id, (x) => (x.name === name ? x : { ...x, name }));
}

/** Sets a parameter value; `undefined` removes it (the argument is left out). Invalid values are kept. */
export function setParam(d: Design, id: string, param: string, value: ParamValue | undefined): Design {
  return updateInstance(d, id, (x) => {
    if (value === undefined) {
      if (!(param in x.params)) return x;
      const params = { ...x.params };
      delete params[param];
      return { ...x, params };
    }
    if (x.params[param] === value) return x;
    return { ...x, params: { ...x.params, [param]: value } };
  });
}

/** Moves instances (positions rounded to whole pixels); unknown ids are ignored. */
export function moveInstances(d: Design, positions: Readonly<Record<string, Pos>>): Design {
  let changed = false;
  const devices = d.devices.map((x) => {
    const p = Object.hasOwn(positions, x.id) ? positions[x.id] : undefined;
    if (!p) return x;
    const q = { x: Math.round(p.x), y: Math.round(p.y) };
    if (q.x === x.position.x && q.y === x.position.y) return x;
    changed = true;
    return { ...x, position: q };
  });
  return changed ? { ...d, devices } : d;
}

/**
 * Sets `main`'s functor parameters: `typs` in the new order, `from[i]` = former index of parameter i
 * (null = new). Wires follow their parameter to its new port; wires of removed parameters are dropped.
 */
export function setFunctor(d: Design, id: string, typs: readonly string[], from: readonly (number | null)[]): Design {
  const moved = new Map<string, string>();
  from.forEach((old, i) => {
    if (old !== null) moved.set(`arg${old + 1}`, `arg${i + 1}`);
  });
  const d1 = setParam(d, id, 'functor', [...typs]);
  const wires: Wire[] = [];
  for (const w of d1.wires) {
    if (w.to !== id || !/^arg\d+$/.test(w.port)) wires.push(w);
    else {
      const port = moved.get(w.port);
      if (port) wires.push(port === w.port ? w : { ...w, port, id: `${w.from}->${w.to}.${port}` });
    }
  }
  return { ...d1, wires };
}

/**
 * Pastes copies of `instances` shifted by `offset`, with fresh ids and unique binding names; only `wires`
 * between two pasted instances are kept (re-pointed to the copies). Returns the new ids in input order.
 */
export function pasteInstances(
  d: Design,
  instances: readonly DeviceInstance[],
  wires: readonly Wire[],
  offset: Pos,
): { design: Design; ids: string[] } {
  const names = new Set(d.devices.map((x) => x.name));
  const idSet = new Set(d.devices.map((x) => x.id));
  const map = new Map<string, string>();
  const added: DeviceInstance[] = [];
  for (const inst of instances) {
    const def = defaultBindingName(inst.device);
    // Copies of `tcp2` are named like new devices (`tcp3`), not `tcp2_2`.
    const numbered = inst.name.startsWith(def) && /^(_?\d+)?$/.test(inst.name.slice(def.length));
    const name = firstFree(names, numbered ? def : inst.name || def);
    names.add(name);
    const id = firstFree(idSet, name);
    idSet.add(id);
    map.set(inst.id, id);
    added.push({ ...structuredClone(inst), id, name, position: { x: inst.position.x + offset.x, y: inst.position.y + offset.y } });
  }
  const wireIds = new Set(d.wires.map((w) => w.id));
  const newWires: Wire[] = [];
  for (const w of wires) {
    const from = map.get(w.from);
    const to = map.get(w.to);
    if (!from || !to) continue;
    const id = firstFree(wireIds, `${from}${w.fromPort !== undefined ? `.${w.fromPort}` : ''}->${to}.${w.port}`);
    wireIds.add(id);
    newWires.push({ id, from, to, port: w.port, ...(w.fromPort !== undefined ? { fromPort: w.fromPort } : {}) });
  }
  return { design: { ...d, devices: [...d.devices, ...added], wires: [...d.wires, ...newWires] }, ids: added.map((x) => x.id) };
}
