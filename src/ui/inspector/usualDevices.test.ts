import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../core/catalog';
import { design } from '../../core/graph/builder';
import { indexDesign } from '../../core/graph/index';
import { inferTypes } from '../../core/graph/infer';
import { addUsual, usualFor } from './usualDevices';

describe('usual devices', () => {
  it('adds generic_stackv4v6 + default_network for an open stack port, all wired', () => {
    const d = design().main('main', 'Unikernel.Make', ['stackv4v6']).build();
    const chain = usualFor('stackv4v6', d.mirage)!;
    const out = addUsual(d, chain, 'main', 'arg1', { x: 0, y: 0 });
    expect(out.devices.map((x) => x.device)).toEqual(['main', 'generic_stackv4v6', 'default_network']);
    expect(out.wires).toHaveLength(2);
    const index = indexDesign(out, catalogFor(out.mirage));
    expect(inferTypes(index).mismatches).toEqual([]);
  });
  it('passes the usual parameters (generic_kv_ro "htdocs")', () => {
    const d = design().main('main', 'Unikernel.Make', ['kv_ro']).build();
    const out = addUsual(d, usualFor('kv_ro', d.mirage)!, 'main', 'arg1', { x: 0, y: 0 });
    expect(out.devices[1]!.params).toEqual({ arg1: 'htdocs' });
  });
  it('offers nothing for unknown types or devices missing in the version', () => {
    expect(usualFor('git_client', '4.11.1')).toBeNull();
    expect(usualFor('udpv4v6', '4.11.1')).toBeNull();
  });
  it('leaves the design unchanged when the chain does not fit the port', () => {
    const d = design().main('main', 'Unikernel.Make', ['kv_ro']).build();
    expect(addUsual(d, usualFor('network', d.mirage)!, 'main', 'arg1', { x: 0, y: 0 })).toBe(d);
  });
});
