import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { dropTargets } from '../canvas/candidates';
import { derive } from '../store/derived';
import { filterTargets, wireTargets } from './wireTargets';

const d = design()
  .add('net', 'default_network')
  .add('stack', 'generic_stackv4v6')
  .add('tcp', 'tcpv4v6_of_stackv4v6')
  .add('kv', 'crunch', { arg1: 'htdocs' })
  .main('main', 'Unikernel.Make', ['stackv4v6', 'kv_ro'])
  .build();
const dv = derive(d);

describe('the keyboard wiring list', () => {
  it('lists exactly the handles a drag from the same place lights up', () => {
    for (const from of [
      { node: 'stack', side: 'source' as const, port: null },
      { node: 'main', side: 'target' as const, port: 'arg2' },
      { node: 'stack', side: 'target' as const, port: 'arg1' },
    ]) {
      expect(new Set(wireTargets(dv, from).map((t) => t.key))).toEqual(dropTargets(dv.index, dv.inference, from));
    }
    expect(wireTargets(dv, { node: 'stack', side: 'source', port: null }).map((t) => `${t.name} ${t.title} ${t.type}`)).toEqual(['tcp #1 stackv4v6', 'main #1 stackv4v6']);
    expect(wireTargets(dv, { node: 'stack', side: 'target', port: 'arg1' })).toEqual([expect.objectContaining({ node: 'net', port: 'out', title: 'output', type: 'network' })]);
  });
  it('filters by every typed word over name, device, port and type', () => {
    const all = wireTargets(dv, { node: 'stack', side: 'source', port: null });
    expect(filterTargets(all, 'main').map((t) => t.node)).toEqual(['main']);
    expect(filterTargets(all, 'tcpv4v6 #1').map((t) => t.node)).toEqual(['tcp']);
    expect(filterTargets(all, '')).toHaveLength(2);
    expect(filterTargets(all, 'crunch')).toEqual([]);
  });
});

describe('the keyboard wiring list with a device of several results', () => {
  // generic_stackv4v6_with_lease (Mirage 4.11.0+) returns `stackv4v6 impl * lease impl`.
  const l = derive(
    design('4.11.1').add('net', 'default_network').add('stack', 'generic_stackv4v6_with_lease').wire('net', 'stack').add('dns', 'generic_dns_client')
      .main('main', 'Unikernel.Main', ['stackv4v6', 'lease']).build(),
  );
  it('offers the lease output as a source for a lease port (`stack.lease : lease`), not the stack result', () => {
    const t = wireTargets(l, { node: 'main', side: 'target', port: 'arg2' });
    expect(t.map((x) => `${x.name}${x.title} : ${x.type}`)).toEqual(['stack.lease : lease']);
    expect(t[0]).toMatchObject({ node: 'stack', port: 'lease', side: 'source' });
    expect(wireTargets(l, { node: 'main', side: 'target', port: 'arg1' }).map((x) => [x.port, x.title])).toEqual([['out', 'output']]);
  });
  it('from the lease output, lists the ports that take a lease, matching the drag', () => {
    const from = { node: 'stack', side: 'source' as const, port: 'lease' };
    const t = wireTargets(l, from);
    expect(t.map((x) => `${x.name} ${x.title} ${x.type}`)).toEqual(['dns ~dhcp lease', 'main #2 lease']);
    expect(new Set(t.map((x) => x.key))).toEqual(dropTargets(l.index, l.inference, from));
  });
});
