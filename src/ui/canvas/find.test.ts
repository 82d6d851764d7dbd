import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { moveInstances } from '../../core/graph/ops';
import { derive } from '../store/derived';
import { findDevices } from './find';
import { nodeViews } from './flowModel';

const d = moveInstances(
  design().add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').add('kv', 'generic_kv_ro').build(),
  { kv: { x: 0, y: 300 }, net: { x: 0, y: 0 }, stack: { x: 260, y: 10 }, tcp: { x: 520, y: 0 } },
);
const views = nodeViews(derive(d));
const find = (q: string) => findDevices(views, d.devices, q);

describe('find on the canvas', () => {
  it('matches binding names, devices and types, every word, in reading order', () => {
    expect(find('tcp')).toEqual(['tcp']);
    expect(find('stackv4v6')).toEqual(['stack', 'tcp']);
    expect(find('generic')).toEqual(['stack', 'kv']);
    expect(find('network')).toEqual(['net', 'stack']);
    expect(find('NET default')).toEqual(['net']);
    expect(find('  ')).toEqual([]);
    expect(find('nothing here')).toEqual([]);
  });
});
