import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { moveInstances, renameInstance } from '../../core/graph/ops';
import { derive } from '../store/derived';
import { buildEdges, buildNodes, positionsOf } from './flowModel';

const d = design().add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('tcp', 'tcpv4v6_of_stackv4v6').build();

describe('incremental flow model', () => {
  it('reuses the node objects a change does not touch', () => {
    const n1 = buildNodes([], derive(d), new Set());
    const moved = moveInstances(d, { tcp: { x: 500, y: 500 } });
    const n2 = buildNodes(n1, derive(moved), new Set());
    expect(n2[0]).toBe(n1[0]);
    expect(n2[1]).toBe(n1[1]);
    expect(n2[2]).not.toBe(n1[2]);
    expect(n2[2]!.data).toBe(n1[2]!.data);
    expect(n2[2]!.position).toEqual({ x: 500, y: 500 });
  });
  it('re-creates a node when what it shows changes, and follows the selection', () => {
    const n1 = buildNodes([], derive(d), new Set());
    const n2 = buildNodes(n1, derive(renameInstance(d, 'net', 'lan')), new Set(['stack']));
    expect(n2[0]!.data.view.name).toBe('lan');
    expect(n2[1]!.selected).toBe(true);
    expect(n2[2]).toBe(n1[2]);
  });
  it('edges carry the type color of the source and keep identity when unchanged', () => {
    const e1 = buildEdges([], derive(d));
    expect(e1).toHaveLength(1);
    expect(e1[0]).toMatchObject({ source: 'net', target: 'stack', sourceHandle: 'out', targetHandle: 'arg1', data: { type: 'network' } });
    expect(buildEdges(e1, derive(moveInstances(d, { tcp: { x: 1, y: 1 } })))[0]).toBe(e1[0]);
  });
});

describe('wires from one of several results', () => {
  const lease = design('4.11.1')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6_with_lease')
    .wire('net', 'stack')
    .main('main', 'Unikernel.Main', ['stackv4v6', 'lease'])
    .wire('stack', 'main')
    .wire('stack.lease', 'main', 'arg2')
    .build();
  it('leave the handle named after the result, typed and coloured by it', () => {
    const dv = derive(lease);
    const edges = buildEdges([], dv);
    const main = edges.find((e) => e.id === 'stack->main.arg1')!;
    const l = edges.find((e) => e.id === 'stack.lease->main.arg2')!;
    expect(main).toMatchObject({ source: 'stack', sourceHandle: 'out', targetHandle: 'arg1', data: { type: 'stackv4v6' } });
    expect(l).toMatchObject({ source: 'stack', sourceHandle: 'lease', target: 'main', targetHandle: 'arg2', data: { type: 'lease' } });
    expect(l.data!.color).not.toBe(main.data!.color);
    expect(buildNodes([], dv, new Set()).find((n) => n.id === 'stack')!.data.view.extra.map((x) => x.name)).toEqual(['lease']);
  });
  it('a wire moved to the other output of the same device gets a new edge from that handle', () => {
    const e1 = buildEdges([], derive(lease));
    const moved = { ...lease, wires: lease.wires.map((w) => (w.fromPort ? { id: w.id, from: w.from, to: w.to, port: w.port } : w)) };
    const e2 = buildEdges(e1, derive(moved));
    const l = e2.find((e) => e.id === 'stack.lease->main.arg2')!;
    expect(l).not.toBe(e1.find((e) => e.id === l.id));
    expect(l).toMatchObject({ sourceHandle: 'out', data: { type: 'stackv4v6' } });
  });
});

describe('instance ids that are Object.prototype names (issue 9, item 7)', () => {
  it('a drag of nodes with ids __proto__ and constructor moves exactly those', () => {
    const p = design().add('__proto__', 'default_network').add('constructor', 'default_network').add('other', 'default_network').build();
    const pos = positionsOf([
      { id: '__proto__', position: { x: 11, y: 12 } },
      { id: 'constructor', position: { x: 21, y: 22 } },
    ]);
    expect(Object.keys(pos).sort()).toEqual(['__proto__', 'constructor']);
    const moved = moveInstances(p, pos);
    expect(moved.devices.map((x) => x.position)).toEqual([{ x: 11, y: 12 }, { x: 21, y: 22 }, p.devices[2]!.position]);
    // A plain object without those keys moves nothing (no inherited `constructor` taken for a position).
    expect(moveInstances(p, { other: { x: 1, y: 1 } }).devices[1]).toBe(p.devices[1]);
  });
});
