import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having } from './testing';

describe('binding names', () => {
  it('MC006: two devices with the same binding name', () => {
    const d = design().add('a', 'default_network').add('b', 'default_network').build();
    d.devices[1]!.name = 'a';
    expect(having(d, 'MC006')).toEqual([expect.objectContaining({ instance: 'b', severity: 'error' })]);
  });

  it('MC007: keywords, capitals, odd characters and empty names', () => {
    const d = design().add('ok_1', 'noop').add('let', 'noop').add('Net', 'noop').add('my-net', 'noop').add('_', 'noop').add('e', 'noop').build();
    d.devices[5]!.name = '';
    const ds = having(d, 'MC007');
    expect(ds.map((x) => x.instance)).toEqual(['let', 'Net', 'my-net', '_', 'e']);
    expect(ds[0]!.message).toContain('OCaml keyword');
    expect(ds[1]!.message).toContain('capital');
    expect(ds[4]!.message).toContain('no binding name');
  });

  it('register needs no binding name', () => {
    const d = design().main('main', 'Unikernel', []).register('main').build();
    d.devices[1]!.name = '';
    expect(having(d, 'MC007')).toEqual([]);
  });
});
