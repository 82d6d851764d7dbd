import { MIRAGE_VERSIONS } from '../reference/types';
import { DESIGN_FORMAT } from './schema';

/* A migration turns a raw design object of one format into the next format. Raw input is untrusted:
   migrations never assume shapes; zod checks the result. */

type Obj = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** One line for the release notes and the load diagnostics. */
  describe: string;
  migrate(doc: Obj): { doc: Obj; notes: string[] };
}

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Format 0 (the prototype's files): `version` instead of `mirage`; `nodes` `{ id, device, label, params, x, y }`
 * instead of `devices`; `edges` `{ source, target, port }` (no ids) instead of `wires`.
 */
export const migrate0to1: Migration = {
  from: 0,
  to: 1,
  describe: 'format 0 → 1: `version` → `mirage`, `nodes` → `devices` (label → name, x/y → position), `edges` → `wires` with ids',
  migrate(doc) {
    const notes: string[] = [];
    const { version, nodes, edges, ...rest } = doc;
    let mirage: unknown = version;
    if (typeof version === 'string' && /^\d+\.\d+(\.\d+)?$/.test(version) && !(MIRAGE_VERSIONS as readonly string[]).includes(version)) {
      const older = [...MIRAGE_VERSIONS].reverse().find((v) => compare(v, version) <= 0) ?? MIRAGE_VERSIONS[0];
      notes.push(`Mirage ${version} is not covered; the design now uses Mirage ${older}, the closest older covered version.`);
      mirage = older;
    }
    const devices = Array.isArray(nodes)
      ? nodes.map((n) => {
          if (!isObj(n)) return n;
          const { label, x, y, ...r } = n;
          const out: Obj = { ...r, name: label ?? r.name ?? '' };
          if (typeof x === 'number' || typeof y === 'number') out.position = { x: x ?? 0, y: y ?? 0 };
          return out;
        })
      : nodes;
    const used = new Set<string>();
    const wires = Array.isArray(edges)
      ? edges.map((e) => {
          if (!isObj(e)) return e;
          const { source, target, id, ...r } = e;
          let wid = typeof id === 'string' && id ? id : `${String(source)}->${String(target)}.${String(r.port)}`;
          for (let k = 2; used.has(wid); k++) wid = `${wid}#${k}`;
          used.add(wid);
          return { id: wid, from: source, to: target, ...r };
        })
      : edges;
    return { doc: { ...rest, format: 1, mirage, devices, wires }, notes };
  },
};

/**
 * Format 1 → 2: no field changes shape. Format 2 adds the optional `source` (the config.ml a design was read
 * from, kept so export changes only what the graph changed) and the `{ key, group }` parameter value (a
 * configure key of Mirage's `Key` module); a format-1 file has neither.
 */
export const migrate1to2: Migration = {
  from: 1,
  to: 2,
  describe: 'format 1 → 2: adds the optional `source` (config.ml as read) and `{ key }` parameter values; nothing else changes',
  migrate(doc) {
    return { doc: { ...doc, format: 2 }, notes: [] };
  },
};

/** All migrations, in order; `MIGRATIONS[i].from === i`. */
export const MIGRATIONS: readonly Migration[] = [migrate0to1, migrate1to2];

export type MigrateResult = { ok: true; doc: Obj; notes: string[] } | { ok: false; message: string };

/** Brings a raw design object of format `format` up to the current format (pure; never throws). */
export function migrate(doc: Obj, format: number): MigrateResult {
  if (!Number.isInteger(format) || format < 0) return { ok: false, message: `\`format\` must be a whole number from 0 to ${DESIGN_FORMAT}; found ${format}.` };
  if (format > DESIGN_FORMAT) {
    return { ok: false, message: `This design was made by a newer Mirage Composer (design format ${format}; this version reads formats up to ${DESIGN_FORMAT}). Update Mirage Composer to open it.` };
  }
  let cur = doc;
  const notes: string[] = [];
  for (let f = format; f < DESIGN_FORMAT; f++) {
    const m = MIGRATIONS[f];
    if (!m) return { ok: false, message: `No migration from design format ${f}.` };
    const r = m.migrate(cur);
    cur = r.doc;
    notes.push(...r.notes);
  }
  return { ok: true, doc: cur, notes };
}

function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}
