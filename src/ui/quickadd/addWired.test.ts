import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { addWired } from './addWired';

const d = design().add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('http', 'paf_server').build();

describe('addWired', () => {
  it('wires a dragged output into the first fitting port of the new device', () => {
    const r = addWired(d, 'tcpv4v6_of_stackv4v6', { x: 0, y: 0 }, { node: 'stack', side: 'source', port: null });
    expect(r.error).toBeNull();
    expect(r.design.wires).toContainEqual({ id: `stack->${r.id}.arg1`, from: 'stack', to: r.id, port: 'arg1' });
  });
  it('wires the new output into a dragged input port, at the given spot', () => {
    const r = addWired(d, 'tcpv4v6_of_stackv4v6', { x: 260, y: 40 }, { node: 'http', side: 'target', port: 'arg1' });
    expect(r.design.wires.some((w) => w.from === r.id && w.to === 'http' && w.port === 'arg1')).toBe(true);
    expect(r.design.devices.find((x) => x.id === r.id)!.position).toEqual({ x: 260, y: 40 });
  });
  it('still adds the device but reports why a wire does not fit', () => {
    const r = addWired(d, 'generic_kv_ro', { x: 0, y: 0 }, { node: 'http', side: 'target', port: 'arg1' });
    expect(r.design.devices).toHaveLength(d.devices.length + 1);
    expect(r.error).toMatch(/tcpv4v6/);
  });
});

describe('addWired with a device of several results', () => {
  const l = design('4.11.1').add('net', 'default_network').add('stack', 'generic_stackv4v6_with_lease').wire('net', 'stack')
    .main('main', 'Unikernel.Main', ['lease']).build();
  it('from the lease output, wires it into the first port of the new device that takes a lease', () => {
    const r = addWired(l, 'generic_dns_client', { x: 0, y: 0 }, { node: 'stack', side: 'source', port: 'lease' });
    expect(r.error).toBeNull();
    expect(r.design.wires).toContainEqual(expect.objectContaining({ from: 'stack', fromPort: 'lease', to: r.id, port: 'dhcp_lease' }));
  });
  it('from a lease input, wires the new device\'s lease result (not its stack) into it', () => {
    const r = addWired(l, 'generic_stackv4v6_with_lease', { x: 0, y: 0 }, { node: 'main', side: 'target', port: 'arg1' });
    expect(r.error).toBeNull();
    expect(r.design.wires).toContainEqual({ id: `${r.id}.lease->main.arg1`, from: r.id, fromPort: 'lease', to: 'main', port: 'arg1' });
  });
});
