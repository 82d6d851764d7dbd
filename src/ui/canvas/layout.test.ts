import { describe, expect, it } from 'vitest';
import { design } from '../../core/graph/builder';
import { autoLayout, elkGraph } from './layout';

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
  it('places every device left of the devices it feeds', async () => {
    const pos = await autoLayout(d, new Map(), (id) => ports[id] ?? []);
    expect(pos.net!.x).toBeLessThan(pos.stack!.x);
    expect(pos.stack!.x).toBeLessThan(pos.main!.x);
    expect(pos.main!.x).toBeLessThan(pos.register!.x);
  });
});
