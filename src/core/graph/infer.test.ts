import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { mirageTypeName } from '../types/show';
import { design } from './builder';
import { indexDesign, reaches, topoOrder } from './index';
import { inferTypes } from './infer';

const infer = (d: ReturnType<ReturnType<typeof design>['build']>) => {
  const index = indexDesign(d, catalogFor(d.mirage));
  return { index, inf: inferTypes(index) };
};

describe('inferTypes', () => {
  it('types a whole network design', () => {
    const d = design()
      .add('net', 'default_network')
      .add('eth', 'ethif')
      .add('arp', 'arp')
      .add('ip4', 'create_ipv4')
      .add('udp', 'direct_udp')
      .wire('net', 'eth')
      .wire('eth', 'arp')
      .wire('eth', 'ip4', 'arg1')
      .wire('arp', 'ip4', 'arg2')
      .wire('ip4', 'udp')
      .build();
    const { inf } = infer(d);
    expect(inf.mismatches).toEqual([]);
    expect(mirageTypeName(inf.outputType('udp')!, '4.11.1')).toBe('v4 udp');
    expect(mirageTypeName(inf.portType('udp', 'arg1')!, '4.11.1')).toBe('ipv4');
    expect(inf.outputType('nope')).toBeNull();
  });

  it('keeps each instance’s variables apart', () => {
    const d = design()
      .add('ip4', 'create_ipv4')
      .add('ip6', 'create_ipv6')
      .add('u4', 'direct_udp')
      .add('u6', 'direct_udp')
      .wire('ip4', 'u4')
      .wire('ip6', 'u6')
      .build();
    const { inf } = infer(d);
    expect(mirageTypeName(inf.outputType('u4')!, '4.11.1')).toBe('v4 udp');
    expect(mirageTypeName(inf.outputType('u6')!, '4.11.1')).toBe('v6 udp');
  });

  it('reports a mismatching wire without applying it', () => {
    const d = design()
      .add('ip4', 'create_ipv4')
      .add('u4', 'direct_udp')
      .wire('ip4', 'u4')
      .main('main', 'Unikernel.Make', ['udpv4v6'])
      .wire('u4', 'main')
      .build();
    const { inf } = infer(d);
    expect(inf.mismatches).toHaveLength(1);
    expect(inf.mismatches[0]!.wire.to).toBe('main');
    expect(mirageTypeName(inf.mismatches[0]!.given, '4.11.1')).toBe('v4 udp');
    expect(mirageTypeName(inf.mismatches[0]!.expected, '4.11.1')).toBe('udpv4v6');
  });

  it('main functor arguments of the same typ get independent variables', () => {
    const d = design()
      .add('ip4', 'create_ipv4')
      .add('ip6', 'create_ipv6')
      .add('u4', 'direct_udp')
      .add('u6', 'direct_udp')
      .wire('ip4', 'u4')
      .wire('ip6', 'u6')
      .main('main', 'Unikernel.Make', ['udp', 'udp'])
      .wire('u4', 'main')
      .wire('u6', 'main')
      .build();
    expect(infer(d).inf.mismatches).toEqual([]);
  });
});

describe('graph index', () => {
  it('orders dependencies first and follows wires forward', () => {
    const d = design().add('stack', 'generic_stackv4v6').add('net', 'default_network').wire('net', 'stack').build();
    const { index } = infer(d);
    expect(topoOrder(index)).toEqual(['net', 'stack']);
    expect(reaches(index, 'net', 'stack')).toBe(true);
    expect(reaches(index, 'stack', 'net')).toBe(false);
    expect(index.incoming('stack').get('arg1')?.[0]?.from).toBe('net');
  });
});
