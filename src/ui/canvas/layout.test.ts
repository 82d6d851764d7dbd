import { describe, expect, it } from 'vitest';
import type { Design } from '../../core/design/schema';
import { design } from '../../core/graph/builder';
import ELK from 'elkjs/lib/elk.bundled.js';
import { elkGraph, layoutWith, SMALL_CANVAS } from './layout';

const elk = new ELK();
/** ELK in this thread (the editor runs it in a worker), as the example generator does. */
const autoLayout = (d: Design, sizes: Map<string, { width: number; height: number }>, order: (id: string) => string[], view?: { width: number; height: number }) =>
  layoutWith(elk, d, sizes, order, view);

const d = design()
  .add('net', 'default_network')
  .add('stack', 'generic_stackv4v6')
  .wire('net', 'stack')
  .main('main', 'Unikernel.Make', ['stackv4v6'])
  .wire('stack', 'main')
  .register('main')
  .build();
const ports: Record<string, string[]> = { net: [], stack: ['arg1'], main: ['arg1'], register: ['jobs'] };

describe('auto-layout', () => {
  it('builds one ELK port per input, wired to the right port', () => {
    const g = elkGraph(d, new Map(), (id) => ports[id] ?? []);
    expect(g.children).toHaveLength(4);
    expect(g.edges?.find((e) => e.id === 'stack->main.arg1')?.targets).toEqual(['main::arg1']);
  });
  it('a wire from one of several results leaves its own ELK port, under the result', () => {
    const l = design('4.11.1').add('stack', 'generic_stackv4v6_with_lease').main('main', 'Unikernel.Main', ['stackv4v6', 'lease'])
      .wire('stack', 'main').wire('stack.lease', 'main', 'arg2').build();
    const g = elkGraph(l, new Map(), (id) => (id === 'main' ? ['arg1', 'arg2'] : []));
    expect(g.edges?.map((e) => [e.sources, e.targets])).toEqual([[['stack::out'], ['main::arg1']], [['stack::out.lease'], ['main::arg2']]]);
    const east = g.children?.find((c) => c.id === 'stack')?.ports?.filter((p) => p.layoutOptions?.['elk.port.side'] === 'EAST');
    expect(east?.map((p) => [p.id, p.layoutOptions?.['elk.port.index']])).toEqual([['stack::out', '0'], ['stack::out.lease', '1']]);
  });
  it('places every device left of the devices it feeds, in one row when that fits the view', async () => {
    const pos = await autoLayout(d, new Map(), (id) => ports[id] ?? [], { width: 1600, height: 600 });
    expect(pos.net!.x).toBeLessThan(pos.stack!.x);
    expect(pos.stack!.x).toBeLessThan(pos.main!.x);
    expect(pos.main!.x).toBeLessThan(pos.register!.x);
  });
  it('wraps a chain too long for the view into rows that fit it at the reading zoom', async () => {
    let b = design().add('n0', 'default_network').add('s0', 'generic_stackv4v6').wire('n0', 's0');
    for (let i = 1; i < 8; i++) b = b.add(`t${i}`, 'tcpv4v6_of_stackv4v6').wire(`s${i - 1}`, `t${i}`).add(`s${i}`, 'generic_stackv4v6').wire(`t${i}`, `s${i}`, 'arg1');
    const long = b.build();
    const order = (id: string) => (id.startsWith('n') ? [] : ['arg1']);
    const flat = await autoLayout(long, new Map(), order, { width: 100_000, height: 600 });
    const wrapped = await autoLayout(long, new Map(), order, SMALL_CANVAS);
    const width = (p: Record<string, { x: number }>) => Math.max(...Object.values(p).map((q) => q.x)) + 180 - Math.min(...Object.values(p).map((q) => q.x));
    const rows = (p: Record<string, { y: number }>) => new Set(Object.values(p).map((q) => Math.round(q.y / 100))).size;
    expect(rows(wrapped)).toBeGreaterThan(rows(flat));
    expect(width(wrapped)).toBeLessThan(width(flat) / 1.5);
  });
});
