import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../core/catalog';
import { design } from '../../core/graph/builder';
import { indexDesign } from '../../core/graph/index';
import { inferTypes } from '../../core/graph/infer';
import { checkConnection } from '../../core/validate/connection';
import { bestDrop, connectionFor, dropTargets, outputHandles } from './candidates';

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
    expect(connectionFor({ node: 'a', side: 'source', port: null }, 'b', 'arg1', 'target')).toEqual({ from: 'a', to: 'b', port: 'arg1' });
    expect(connectionFor({ node: 'a', side: 'source', port: null }, 'b', 'out', 'source')).toBeNull();
    expect(connectionFor({ node: 'b', side: 'target', port: 'arg1' }, 'a', 'out', 'source')).toEqual({ from: 'a', to: 'b', port: 'arg1' });
    // One of several results: the handle id is the wire's fromPort.
    expect(connectionFor({ node: 'a', side: 'source', port: 'lease' }, 'b', 'arg2', 'target')).toEqual({ from: 'a', to: 'b', port: 'arg2', fromPort: 'lease' });
    expect(connectionFor({ node: 'b', side: 'target', port: 'arg2' }, 'a', 'lease', 'source')).toEqual({ from: 'a', to: 'b', port: 'arg2', fromPort: 'lease' });
    expect(connectionFor({ node: 'b', side: 'target', port: 'arg2' }, 'a', 'arg1', 'target')).toBeNull();
  });
});

// `generic_stackv4v6_with_lease` (Mirage 4.11.0+) returns `stackv4v6 impl * lease impl`.
describe('wire drag candidates with a device of several results', () => {
  const d2 = design('4.11.1')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6_with_lease')
    .wire('net', 'stack')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .main('main', 'Unikernel.Main', ['stackv4v6', 'lease'])
    .build();
  const ix = indexDesign(d2, catalogFor(d2.mirage));
  const inf2 = inferTypes(ix);

  it('lists the outputs of an instance: the result, then the others', () => {
    expect(outputHandles(ix, 'stack')).toEqual(['out', 'lease']);
    expect(outputHandles(ix, 'net')).toEqual(['out']);
    expect(outputHandles(ix, 'main')).toEqual(['out']);
  });
  it('from the lease output, lights up exactly the lease ports; from the result, the stack ports', () => {
    const lease = dropTargets(ix, inf2, { node: 'stack', side: 'source', port: 'lease' });
    expect([...lease]).toEqual(['main/arg2']);
    const result = dropTargets(ix, inf2, { node: 'stack', side: 'source', port: null });
    expect([...result].sort()).toEqual(['main/arg1', 'tcp/arg1']);
  });
  it('from a lease input, lights up the lease output (not the stack result); from a stack input, the result', () => {
    expect([...dropTargets(ix, inf2, { node: 'main', side: 'target', port: 'arg2' })]).toEqual(['stack/lease']);
    expect([...dropTargets(ix, inf2, { node: 'main', side: 'target', port: 'arg1' })]).toEqual(['stack/out']);
  });
  it('a drop on a node body picks the output or port that fits, and refuses another type with the reason', () => {
    expect(bestDrop(ix, inf2, { node: 'main', side: 'target', port: 'arg2' }, 'stack')).toEqual({ ok: true, conn: { from: 'stack', to: 'main', port: 'arg2', fromPort: 'lease' } });
    expect(bestDrop(ix, inf2, { node: 'stack', side: 'source', port: 'lease' }, 'main')).toEqual({ ok: true, conn: { from: 'stack', to: 'main', port: 'arg2', fromPort: 'lease' } });
    const bad = bestDrop(ix, inf2, { node: 'stack', side: 'source', port: 'lease' }, 'tcp');
    expect(!bad.ok && bad.verdict).toMatchObject({ code: 'MC004', reason: expect.stringMatching(/needs a `stackv4v6`.*gives a `lease`/) });
  });
});
