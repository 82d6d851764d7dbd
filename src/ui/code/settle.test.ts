import { describe, expect, it } from 'vitest';
import { metadataLine } from '../../core/codegen/metadata';
import type { Design } from '../../core/design/schema';
import { sealSource } from '../../core/design/source';
import { design } from '../../core/graph/builder';
import { settleImported } from './settle';

const current = (): Design => {
  const d = design().add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').build();
  d.devices[0]!.id = 'dev1';
  d.devices[0]!.position = { x: 10, y: 20 };
  d.devices[1]!.id = 'dev2';
  d.devices[1]!.position = { x: 300, y: 20 };
  d.wires = [{ id: 'dev1->dev2.arg1', from: 'dev1', to: 'dev2', port: 'arg1' }];
  d.target = 'hvt';
  return d;
};
/** What import gives: ids are binding names, positions from its own layout. */
const imported = (names: [string, string][], wires: [string, string][]): Design => {
  let b = design();
  for (const [n, dev] of names) b = b.add(n, dev);
  for (const [f, t] of wires) b = b.wire(f, t, 'arg1');
  return b.build();
};

describe('settleImported', () => {
  it('keeps ids and positions of bindings that persist, and the target when there is no metadata', () => {
    const next = imported([['net', 'default_network'], ['stack', 'generic_stackv4v6']], [['net', 'stack']]);
    const r = settleImported(next, current(), 'let net = default_network');
    expect(r.devices.map((d) => [d.id, d.name, d.position])).toEqual([
      ['dev1', 'net', { x: 10, y: 20 }],
      ['dev2', 'stack', { x: 300, y: 20 }],
    ]);
    expect(r.wires).toEqual([{ id: 'dev1->dev2.arg1', from: 'dev1', to: 'dev2', port: 'arg1' }]);
    expect(r.target).toBe('hvt');
  });

  it('prefers metadata positions and target over current ones', () => {
    const next = { ...imported([['net', 'default_network']], []), target: 'xen' };
    const meta = metadataLine({ format: 1, target: 'xen', positions: new Map([['net', { x: 77, y: 88 }]]), runtimeArgs: [] });
    const r = settleImported(next, current(), `let net = default_network\n${meta}\n`);
    expect(r.devices[0]!.position).toEqual({ x: 77, y: 88 });
    expect(r.target).toBe('xen');
  });

  it('treats a binding renamed in code (same device) as the same node', () => {
    const next = imported([['net0', 'default_network'], ['stack', 'generic_stackv4v6']], [['net0', 'stack']]);
    const r = settleImported(next, current(), '');
    expect(r.devices[0]).toMatchObject({ id: 'dev1', name: 'net0', position: { x: 10, y: 20 } });
  });

  it('places a new binding next to a wired neighbour without overlapping, and gives it a free id', () => {
    const cur = current();
    cur.devices[1]!.id = 'kv'; // an existing id equal to the new binding's name
    cur.wires = [{ id: 'dev1->kv.arg1', from: 'dev1', to: 'kv', port: 'arg1' }];
    const next = imported([['net', 'default_network'], ['stack', 'generic_stackv4v6'], ['kv', 'crunch'], ['net2', 'default_network']], [['net', 'stack'], ['net2', 'stack']]);
    const r = settleImported(next, cur, '');
    const kv = r.devices.find((d) => d.name === 'kv')!;
    const net2 = r.devices.find((d) => d.name === 'net2')!;
    expect(new Set(r.devices.map((d) => d.id)).size).toBe(4);
    expect(kv.id).not.toBe('kv');
    expect(net2.position.x).toBe(300 - 260);
    for (const a of r.devices)
      for (const b of r.devices) if (a !== b) expect(Math.abs(a.position.x - b.position.x) >= 200 || Math.abs(a.position.y - b.position.y) >= 100).toBe(true);
  });
});

describe('settleImported and the kept config.ml', () => {
  it('the source map follows the ids the current design gives', () => {
    const next = imported([['net', 'default_network'], ['stack', 'generic_stackv4v6']], [['net', 'stack']]);
    next.source = sealSource({
      text: 'x',
      eol: '\n',
      drop: [],
      name: 'x',
      items: [],
      runtimeArgs: [],
      instances: [
        { id: 'net', device: 'default_network', name: 'net', item: 0, params: [], inputs: [], args: [] },
        { id: 'stack', device: 'generic_stackv4v6', name: 'stack', item: 0, params: [], inputs: [['arg1', ['net']]], args: [] },
      ],
    });
    const r = settleImported(next, current(), '');
    expect(r.source!.instances.map((s) => [s.id, s.inputs])).toEqual([
      ['dev1', []],
      ['dev2', [['arg1', ['dev1']]]],
    ]);
  });

  it('runtime arguments keep the default and doc the design had (config.ml does not say them)', () => {
    const cur = current();
    cur.runtimeArgs = [{ name: 'port', type: 'int', default: '8080', doc: 'The port.' }];
    const next = { ...imported([['net', 'default_network']], []), runtimeArgs: [{ name: 'port', type: 'int' }] };
    expect(settleImported(next, cur, '').runtimeArgs).toEqual([{ name: 'port', type: 'int', default: '8080', doc: 'The port.' }]);
  });
});

describe('settleImported keeps the canvas notes and groups', () => {
  it('notes and groups of the current design stay, pointing at the same devices; vanished ones are dropped', () => {
    const cur: Design = { ...current(), notes: [{ id: 'note1', text: 'hi', position: { x: 0, y: 0 }, attach: 'dev2' }], groups: [{ id: 'group1', name: 'L2', members: ['dev1', 'dev2'] }] };
    const kept = settleImported(imported([['net', 'default_network'], ['stack', 'generic_stackv4v6']], [['net', 'stack']]), cur, 'let net = default_network');
    expect(kept.notes).toEqual(cur.notes);
    expect(kept.groups).toEqual(cur.groups);
    const fewer = settleImported(imported([['net', 'default_network']], []), cur, 'let net = default_network');
    expect(fewer.notes).toEqual([{ id: 'note1', text: 'hi', position: { x: 0, y: 0 } }]);
    expect(fewer.groups).toEqual([{ id: 'group1', name: 'L2', members: ['dev1'] }]);
  });
});
