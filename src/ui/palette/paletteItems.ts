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

/** Fuzzy search by name, type and family (empty query = everything, in palette order). */
export function searchItems(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const q = query.trim();
  if (!q) return [...items];
  const fuse = new Fuse(items, {
    keys: [
      { name: 'id', weight: 3 },
      { name: 'outType', weight: 2 },
      { name: 'group', weight: 1 },
      { name: 'inTypes', weight: 0.7 },
      { name: 'doc', weight: 0.3 },
    ],
    threshold: 0.38,
    ignoreLocation: true,
    includeScore: true,
  });
  // Near-equal matches: the usual device (`generic_…`, `default_…`) first.
  const usual = (id: string) => (/^(generic|default)_/.test(id) ? 0 : 1);
  return fuse
    .search(q)
    .map((r, i) => ({ r, i, band: Math.round((r.score ?? 0) * 10) }))
    .sort((a, b) => a.band - b.band || usual(a.r.item.id) - usual(b.r.item.id) || a.i - b.i)
    .map((x) => x.r.item);
}

/**
 * Devices a dangling wire can go to: with `given` (an output being dragged), those with an input port
 * it unifies with; with `wanted` (an input port being dragged), those whose output fits it.
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
    const out = outputOf(it.spec, stub, catalog);
    return out ? fits(out, fit.wanted) : -1;
  };
  const ranked = items.map((it) => ({ it, r: rank(it) })).filter((x) => x.r >= 0);
  return [...ranked.filter((x) => x.r === 0), ...ranked.filter((x) => x.r === 1)].map((x) => x.it);
}
