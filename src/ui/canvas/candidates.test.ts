import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../core/catalog';
import { design } from '../../core/graph/builder';
import { indexDesign } from '../../core/graph/index';
import { inferTypes } from '../../core/graph/infer';
import { checkConnection } from '../../core/validate/connection';
import { bestDrop, connectionFor, dropTargets } from './candidates';

const d = design()
  .add('net', 'default_network')
  .add('stack', 'generic_stackv4v6')
  .add('tcp', 'tcpv4v6_of_stackv4v6')
  .add('kv', 'crunch', { arg1: 'htdocs' })
  .main('main', 'Unikernel.Make', ['stackv4v6', 'kv_ro'])
  .build();
const index = indexDesign(d, catalogFor(d.mirage));
const inf = inferTypes(index);

describe('wire drag candidates', () => {
  it('highlights exactly the ports checkConnection accepts, dragging from an output', () => {
    const ok = dropTargets(index, inf, { node: 'stack', side: 'source', port: null });
    expect([...ok].sort()).toEqual(['main/arg1', 'tcp/arg1']);
    for (const inst of d.devices)
      for (const p of index.ports(inst.id))
        expect(ok.has(`${inst.id}/${p.name}`)).toBe(checkConnection(index, { from: 'stack', to: inst.id, port: p.name }, inf).ok);
  });
  it('highlights the outputs that fit, dragging from an input port', () => {
    const ok = dropTargets(index, inf, { node: 'main', side: 'target', port: 'arg2' });
    expect([...ok]).toEqual(['kv/out']);
  });
  it('a drop on a node body takes the first port that fits, or reports why not', () => {
    const good = bestDrop(index, inf, { node: 'kv', side: 'source', port: null }, 'main');
    expect(good).toEqual({ ok: true, conn: { from: 'kv', to: 'main', port: 'arg2' } });
    const bad = bestDrop(index, inf, { node: 'net', side: 'source', port: null }, 'tcp');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.verdict?.code).toBe('MC004');
  });
  it('maps a handle to the connection it would make', () => {
    expect(connectionFor({ node: 'a', side: 'source', port: null }, 'b', 'arg1')).toEqual({ from: 'a', to: 'b', port: 'arg1' });
    expect(connectionFor({ node: 'a', side: 'source', port: null }, 'b', 'out')).toBeNull();
    expect(connectionFor({ node: 'b', side: 'target', port: 'arg1' }, 'a', 'out')).toEqual({ from: 'a', to: 'b', port: 'arg1' });
  });
});
