import { runsOn } from '../../core/facts';
import Fuse from 'fuse.js';
import { type Catalog, outputOf, portsOf } from '../../core/catalog';
import type { DeviceSpec } from '../../core/catalog/spec';
import type { Ty } from '../../core/types/term';
import { mirageTypeName } from '../../core/types/show';
import { unify } from '../../core/types/unify';
import { typeColor } from '../theme/typeColor';

/** One device the palette and quick-add offer. */
export interface PaletteItem {
  id: string;
  group: string;
  doc: string;
  outType: string;
  outColor: string;
  /** Input port types, for search by type. */
  inTypes: string[];
  /** False when the device does not run on the design's target. */
  onTarget: boolean;
  spec: DeviceSpec;
}

const BUILTINS = ['main', 'register', 'if_impl', 'match_impl'];
const DEFAULT_PARAMS: Record<string, Record<string, unknown>> = { main: { functor: [] } };

/** Every device of the catalog, grouped by family in palette order; built-ins first in "Jobs". */
export function paletteItems(catalog: Catalog, target: string): PaletteItem[] {
  const items: PaletteItem[] = [];
  const push = (spec: DeviceSpec, group: string) => {
    const out = outputOf(spec, { params: {} }, catalog);
    const ports = portsOf(spec, { params: {} }, catalog);
    items.push({
      id: spec.id,
      group,
      doc: spec.doc,
      outType: out ? mirageTypeName(out, catalog.version) : 'unit',
      outColor: typeColor(out),
      inTypes: ports.map((p) => mirageTypeName(p.type, catalog.version)),
      onTarget: runsOn(spec.id, catalog.version, target),
      spec,
    });
  };
  const jobs = catalog.families.find((f) => f.id === 'jobs')?.title ?? 'Jobs';
  for (const b of BUILTINS) {
    const s = catalog.devices.get(b);
    if (s) push(s, jobs);
  }
  for (const fam of catalog.families) {
    for (const e of fam.devices) {
      const s = catalog.devices.get(e.id);
      if (s && !BUILTINS.includes(s.id)) push(s, fam.title);
    }
  }
  return items;
}

/**
 * How well an item matches a query (lower is better; null = no match): the exact device name, then a
 * name starting with it, then a name part (after `_`) starting with it, then the output type, then the
 * name containing it, then an input type, then every word in its description. Spaces in the query stand
 * for `_` ("default network" finds `default_network`).
 */
export function matchTier(it: PaletteItem, query: string): number | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, '_');
  if (!q) return 0;
  const id = it.id.toLowerCase();
  const out = it.outType.toLowerCase();
  const part = (s: string) => `_${s}`.includes(`_${q}`) || ` ${s}`.includes(` ${q}`);
  if (id === q) return 0;
  if (id.startsWith(q)) return 1;
  if (part(id)) return 2;
  if (out === q || out.startsWith(q) || part(out)) return 3;
  if (id.includes(q)) return 4;
  if (it.inTypes.some((t) => t.toLowerCase() === q || t.toLowerCase().startsWith(q))) return 5;
  const words = query.toLowerCase().split(/[\s_]+/).filter((w) => w.length > 2);
  const doc = it.doc.toLowerCase();
  if (words.length && words.every((w) => new RegExp(`\\b${w.replace(/[^a-z0-9]/g, '')}`).test(doc))) return 6;
  return null;
}

/** The usual device of a family (`generic_…`, `default_…`) first among equals. */
const usual = (id: string) => (/^(generic|default)_/.test(id) ? 0 : 1);

/**
 * Search by name, type and description, best matches first (`matchTier`; among equals the usual device,
 * then palette order). Only when nothing matches that way does a fuzzy search (typos) take over.
 * Empty query = everything, in palette order.
 */
export function searchItems(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const q = query.trim();
  if (!q) return [...items];
  const ranked = items
    .map((it, i) => ({ it, i, tier: matchTier(it, q) }))
    .filter((x): x is { it: PaletteItem; i: number; tier: number } => x.tier !== null)
    .sort((a, b) => a.tier - b.tier || usual(a.it.id) - usual(b.it.id) || a.i - b.i);
  if (ranked.length) return ranked.map((x) => x.it);
  const fuse = new Fuse(items, {
    keys: [
      { name: 'id', weight: 3 },
      { name: 'outType', weight: 2 },
      { name: 'inTypes', weight: 0.7 },
    ],
    threshold: 0.34,
    ignoreLocation: true,
    includeScore: true,
  });
  return fuse
    .search(q)
    .map((r, i) => ({ r, i, band: Math.round((r.score ?? 0) * 10) }))
    .sort((a, b) => a.band - b.band || usual(a.r.item.id) - usual(b.r.item.id) || a.i - b.i)
    .map((x) => x.r.item);
}

/**
 * Devices a dangling wire can go to: with `given` (an output being dragged), those with an input port
 * it unifies with; with `wanted` (an input port being dragged), those with an output (any of several) that fits it.
 */
export function fittingItems(items: readonly PaletteItem[], catalog: Catalog, fit: { given: Ty } | { wanted: Ty }): PaletteItem[] {
  // 0 = fits by a concrete type, 1 = only through a type variable (if_impl…), -1 = does not fit.
  const rank = (it: PaletteItem): number => {
    const stub = { params: ((Object.hasOwn(DEFAULT_PARAMS, it.id) ? DEFAULT_PARAMS[it.id] : undefined) ?? {}) as Record<string, never> };
    const fits = (t: Ty, other: Ty) => (unify(other, t).ok ? (t.kind === 'var' ? 1 : 0) : -1);
    if ('given' in fit) {
      const rs = portsOf(it.spec, stub, catalog).map((p) => fits(p.type, fit.given)).filter((r) => r >= 0);
      return rs.length ? Math.min(...rs) : -1;
    }
    // Any of its results: a device that returns several (`stackv4v6 impl * lease impl`) fits a `lease` port too.
    const out = outputOf(it.spec, stub, catalog);
    const rs = [...(out ? [out] : []), ...(it.spec.extraOutputs ?? []).map((o) => o.type)].map((t) => fits(t, fit.wanted)).filter((r) => r >= 0);
    return rs.length ? Math.min(...rs) : -1;
  };
  const ranked = items.map((it) => ({ it, r: rank(it) })).filter((x) => x.r >= 0);
  return [...ranked.filter((x) => x.r === 0), ...ranked.filter((x) => x.r === 1)].map((x) => x.it);
}
