import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../core/catalog';
import { design } from '../../core/graph/builder';
import { indexDesign } from '../../core/graph/index';
import { inferTypes } from '../../core/graph/infer';
import { nodeView, sameView } from './nodeView';

const view = (d: ReturnType<ReturnType<typeof design>['build']>, id: string) => {
  const index = indexDesign(d, catalogFor(d.mirage));
  return nodeView(index, inferTypes(index), index.byId.get(id)!, undefined);
};

describe('nodeView', () => {
  it('shows ports with inferred types, optional ones marked, open required ports flagged', () => {
    const d = design().add('net', 'default_network').add('stack', 'generic_stackv4v6').add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').build();
    const stack = view(d, 'stack');
    expect(stack.out?.type).toBe('stackv4v6');
    expect(stack.ports).toEqual([expect.objectContaining({ name: 'arg1', type: 'network', open: true, optional: false, wires: 0 })]);
    expect(view(d, 'tcp').ports[0]).toMatchObject({ open: false, wires: 1 });
    const reg = view(design().main('main', 'U.Main', []).register('main').build(), 'register');
    expect(reg.ports.find((p) => p.name === 'jobs')).toMatchObject({ many: true, wires: 1 });
    expect(reg.ports.filter((p) => p.optional).length).toBeGreaterThan(0);
    expect(reg.out).toBeNull();
  });
  it('keeps handles for the wires of a device the version does not have', () => {
    const d = design('4.11.1').add('old', 'direct_stackv4').add('tcp', 'tcpv4v6_of_stackv4v6').wire('old', 'tcp').build();
    const v = view(d, 'old');
    expect(v.known).toBe(false);
    expect(v.out?.type).toBe('?');
  });
  it('lists the other results of a device that returns several, with their types and wires', () => {
    // generic_stackv4v6_with_lease (Mirage 4.11.0+): `… -> network impl -> stackv4v6 impl * lease impl`.
    const d = design('4.11.1').add('net', 'default_network').add('stack', 'generic_stackv4v6_with_lease').wire('net', 'stack')
      .main('main', 'Unikernel.Main', ['stackv4v6', 'lease']).wire('stack', 'main').wire('stack.lease', 'main', 'arg2').build();
    const stack = view(d, 'stack');
    expect(stack.out?.type).toBe('stackv4v6');
    expect(stack.extra).toEqual([{ name: 'lease', type: 'lease', color: expect.any(String), wires: 1 }]);
    expect(stack.extra[0]!.color).not.toBe(stack.out?.color);
    expect(view(d, 'main').ports.map((p) => [p.name, p.type, p.wires])).toEqual([['arg1', 'stackv4v6', 1], ['arg2', 'lease', 1]]);
    expect(view(d, 'net').extra).toEqual([]);
    const unwired = { ...d, wires: d.wires.filter((w) => w.fromPort === undefined) };
    expect(view(unwired, 'stack').extra[0]!.wires).toBe(0);
    expect(sameView(view(d, 'stack'), view(unwired, 'stack'))).toBe(false);
  });
  it('sameView compares what is drawn', () => {
    const d = design().add('stack', 'generic_stackv4v6').build();
    expect(sameView(view(d, 'stack'), view(d, 'stack'))).toBe(true);
    const renamed = { ...d, devices: [{ ...d.devices[0]!, name: 's2' }] };
    expect(sameView(view(d, 'stack'), view(renamed, 'stack'))).toBe(false);
  });
});
