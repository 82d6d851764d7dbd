import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../core/catalog';
import { con, parseTy } from '../../core/types/term';
import { expandTy } from '../../core/types/aliases';
import { fittingItems, paletteItems, searchItems } from './paletteItems';

const cat = catalogFor('4.11.1');
const items = paletteItems(cat, 'unix');

describe('palette items', () => {
  it('lists every catalog device once, built-ins first in Jobs', () => {
    expect(items.slice(0, 4).map((i) => i.id)).toEqual(['main', 'register', 'if_impl', 'match_impl']);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const catalogIds = [...cat.devices.keys()].filter((k) => k !== 'ocaml_code').sort();
    expect(items.map((i) => i.id).sort()).toEqual(catalogIds);
  });
  it('marks devices that do not run on the target', () => {
    const xen = paletteItems(cat, 'xen');
    expect(xen.find((i) => i.id === 'direct_kv_rw')?.onTarget).toBe(false);
    expect(xen.find((i) => i.id === 'direct_kv_ro')?.onTarget).toBe(true);
    expect(xen.find((i) => i.id === 'generic_stackv4v6')?.onTarget).toBe(true);
  });
  it('finds devices fuzzily by name and by type', () => {
    expect(searchItems(items, 'generic_stack')[0]?.id).toBe('generic_stackv4v6');
    expect(searchItems(items, 'kv_ro').map((i) => i.id)).toContain('crunch');
    expect(searchItems(items, '')).toHaveLength(items.length);
    expect(searchItems(items, 'stack')[0]?.id).toBe('generic_stackv4v6');
  });
  it('ranks exact and prefix name matches first, then name parts, types, and only then loose matches', () => {
    expect(searchItems(items, 'paf').map((i) => i.id).slice(0, 3)).toEqual(['paf_server', 'paf_client', 'httpaf_server']);
    const arp = searchItems(items, 'arp').map((i) => i.id);
    expect(arp[0]).toBe('arp');
    expect(arp.length).toBeLessThanOrEqual(6);
    // Every other hit takes an arpv4: a short, relevant list.
    const takesArp = new Set(items.filter((i) => i.inTypes.some((t) => t.startsWith('arp'))).map((i) => i.id));
    expect(arp.slice(1).every((id) => takesArp.has(id))).toBe(true);
    expect(searchItems(items, 'default network')[0]?.id).toBe('default_network');
    expect(searchItems(items, 'arp')).not.toContain(items.find((i) => i.id === 'register'));
    // A typo still finds something (fuzzy, only when nothing matches plainly).
    expect(searchItems(items, 'stak')[0]?.id).toBe('generic_stackv4v6');
  });
  it('filters by what a dangling wire fits', () => {
    const takeStack = fittingItems(items, cat, { given: con('stackv4v6') }).map((i) => i.id);
    expect(takeStack).toContain('tcpv4v6_of_stackv4v6');
    expect(takeStack).not.toContain('default_network');
    const giveTcp = fittingItems(items, cat, { wanted: expandTy(parseTy('tcpv4v6'), '4.11.1') }).map((i) => i.id);
    expect(giveTcp).toContain('tcpv4v6_of_stackv4v6');
    expect(giveTcp).not.toContain('generic_stackv4v6');
    // From a `lease` input: the device whose second result is a lease, and what takes a lease from an output.
    expect(fittingItems(items, cat, { wanted: con('lease') }).map((i) => i.id)).toContain('generic_stackv4v6_with_lease');
    const takeLease = fittingItems(items, cat, { given: con('lease') }).map((i) => i.id);
    expect(takeLease).toEqual(expect.arrayContaining(['generic_dns_client', 'resolver_dns']));
    expect(takeLease).not.toContain('tcpv4v6_of_stackv4v6');
  });
});

describe('fitting order', () => {
  it('lists concrete fits before devices that fit only through a type variable', () => {
    const ids = fittingItems(items, cat, { given: con('stackv4v6') }).map((i) => i.id);
    expect(ids.indexOf('tcpv4v6_of_stackv4v6')).toBeLessThan(ids.indexOf('if_impl'));
    expect(ids.indexOf('if_impl')).toBeGreaterThan(0);
  });
});
