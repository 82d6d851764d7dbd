import type { Design, DeviceInstance, ParamValue } from '../design/schema';
import { addDevice, connect, disconnect, setFunctor, setParam } from '../graph/ops';
import type { MirageVersion } from '../reference/types';
import { functorOf, mainOf, mainPortsOf, sourcesOf } from './query';

/**
 * The building blocks of "Show me": pure edits through graph/ops that reuse what the learner already placed
 * (found by catalog device) and add only what is missing, so a step can be shown from any reasonable state.
 */

/** Why "Show me" cannot do a step from the current design (the UI says so; the design is left as it was). */
export class LessonActionError extends Error {}

type Pos = { x: number; y: number };
const GRID = { x: 260, y: 170 };

/** A grid cell (`col`, `row`) in flow coordinates; lessons lay out their devices on it. */
export const cell = (col: number, row: number): Pos => ({ x: col * GRID.x, y: row * GRID.y });

/** `at`, or the nearest spot below it with no device on it (so shown devices never overlap). */
export function freeSpotNear(d: Design, at: Pos): Pos {
  const busy = (p: Pos) => d.devices.some((x) => Math.abs(x.position.x - p.x) < 200 && Math.abs(x.position.y - p.y) < 120);
  const p = { ...at };
  while (busy(p)) p.y += GRID.y;
  return p;
}

export interface Ensured {
  design: Design;
  id: string;
}

/**
 * The first instance of `device` accepted by `match` (default: any), or a new one at a free spot near `at`
 * with `params`. An existing instance keeps its name; `params` are applied to it as well.
 */
export function ensureDevice(
  d: Design,
  device: string,
  at: Pos,
  params: Record<string, ParamValue> = {},
  match: (x: DeviceInstance) => boolean = () => true,
): Ensured {
  const found = d.devices.find((x) => x.device === device && match(x));
  if (!found) return addDevice(d, device, freeSpotNear(d, at), undefined, params);
  let out = d;
  for (const [k, v] of Object.entries(params)) out = setParam(out, found.id, k, v);
  return { design: out, id: found.id };
}

/**
 * Wires `from` into `port` of `to` unless that wire exists; a single-wire port that holds another wire is
 * cleared first. Throws `LessonActionError` when the connection check refuses the wire.
 */
export function ensureWire(d: Design, from: string, to: string, port: string): Design {
  if (d.wires.some((w) => w.from === from && w.to === to && w.port === port)) return d;
  const r0 = connect(d, { from, to, port });
  if ('design' in r0) return r0.design;
  const occupied = d.wires.filter((w) => w.to === to && w.port === port).map((w) => w.id);
  if (occupied.length && port !== 'jobs') {
    const r1 = connect(disconnect(d, occupied), { from, to, port });
    if ('design' in r1) return r1.design;
  }
  throw new LessonActionError(r0.error.reason);
}

/** The id of the design's `main`; throws when there is none. */
export function mainId(d: Design): string {
  const m = mainOf(d);
  if (!m) throw new LessonActionError('There is no `main` on the canvas: add it first.');
  return m.id;
}

/** The id of the design's `register`; throws when there is none. */
export function registerId(d: Design): string {
  const r = d.devices.find((x) => x.device === 'register');
  if (!r) throw new LessonActionError('There is no `register` on the canvas: add it first.');
  return r.id;
}

/**
 * Makes `main` take a parameter of typ `typ` fed by `from`: reuses a parameter of that typ already fed by
 * `from`, else an open one, else appends a new one. Returns the design.
 */
export function feedMain(d: Design, typ: string, from: string): Design {
  const id = mainId(d);
  const ports = mainPortsOf(d, typ);
  if (ports.some((p) => sourcesOf(d, id, p).some((s) => s.id === from))) return d;
  const open = ports.find((p) => !sourcesOf(d, id, p).length);
  if (open) return ensureWire(d, from, id, open);
  const f = functorOf(mainOf(d));
  const d1 = setFunctor(d, id, [...f, typ], f.map((_, i) => i));
  return ensureWire(d1, from, id, `arg${f.length + 1}`);
}

/** The design at another target (pure). */
export const withTarget = (d: Design, target: string): Design => (d.target === target ? d : { ...d, target });

/** The design at another Mirage release (pure; nothing else changes, as with the header's version select). */
export const withVersion = (d: Design, mirage: MirageVersion): Design => (d.mirage === mirage ? d : { ...d, mirage });
