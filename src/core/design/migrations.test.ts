import { describe, expect, it } from 'vitest';
import { loadDesign } from './load';
import { MIGRATIONS, migrate, migrate0to1, migrate1to2 } from './migrations';
import { DESIGN_FORMAT } from './schema';

/** A design as the format-0 prototype saved it. */
const legacy = () => ({
  format: 0,
  name: 'hello',
  version: '4.11.1',
  target: 'unix',
  nodes: [
    { id: 'n1', device: 'default_network', label: 'net', params: {}, x: 10.4, y: 20 },
    { id: 'n2', device: 'generic_stackv4v6', label: 'stack', params: { group: 'svc' }, x: 200, y: 20 },
    { id: 'n3', device: 'main', label: 'main', params: { module: 'Unikernel.Make', functor: ['stackv4v6'] } },
    { id: 'n4', device: 'register', label: 'register' },
  ],
  edges: [
    { source: 'n1', target: 'n2', port: 'arg1' },
    { source: 'n2', target: 'n3', port: 'arg1' },
    { source: 'n3', target: 'n4', port: 'jobs' },
  ],
});

describe('migrations', () => {
  it('are a chain from format 0 to the current format', () => {
    MIGRATIONS.forEach((m, i) => expect([m.from, m.to]).toEqual([i, i + 1]));
    expect(MIGRATIONS.at(-1)!.to).toBe(DESIGN_FORMAT);
  });

  it('format 0 → 1 renames fields, builds positions and wire ids', () => {
    const { doc, notes } = migrate0to1.migrate(legacy());
    expect(notes).toEqual([]);
    expect(doc).toMatchObject({ format: 1, mirage: '4.11.1', name: 'hello' });
    expect(doc).not.toHaveProperty('nodes');
    expect(doc).not.toHaveProperty('version');
    expect((doc.devices as unknown[])[0]).toEqual({ id: 'n1', device: 'default_network', name: 'net', params: {}, position: { x: 10.4, y: 20 } });
    expect((doc.wires as unknown[])[0]).toEqual({ id: 'n1->n2.arg1', from: 'n1', to: 'n2', port: 'arg1' });
  });

  it('loadDesign upgrades a format-0 file into a valid design, saying so', () => {
    const r = loadDesign(JSON.stringify(legacy()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.devices.map((d) => d.name)).toEqual(['net', 'stack', 'main', 'register']);
    expect(r.design.devices[2]!.position).toEqual({ x: 0, y: 0 });
    expect(r.design.wires.map((w) => w.id)).toEqual(['n1->n2.arg1', 'n2->n3.arg1', 'n3->n4.jobs']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'MC019', severity: 'info', message: `Upgraded from design format 0 to ${DESIGN_FORMAT}.` })]);
  });

  it('maps an uncovered Mirage version to the closest older covered one, with a note', () => {
    const r = loadDesign({ ...legacy(), version: '4.9.1' });
    expect(r.ok && r.design.mirage).toBe('4.9.0');
    expect(r.diagnostics.map((x) => x.message)).toContain('Mirage 4.9.1 is not covered; the design now uses Mirage 4.9.0, the closest older covered version.');
  });

  it('keeps duplicate legacy edges apart by id', () => {
    const l = legacy();
    l.edges.push({ ...l.edges[0]! });
    const { doc } = migrate0to1.migrate(l);
    expect((doc.wires as { id: string }[]).map((w) => w.id)).toContain('n1->n2.arg1#2');
  });

  it('format 1 → 2 changes nothing but the format (source and key values are new and optional)', () => {
    const { doc, notes } = migrate1to2.migrate({ format: 1, name: 'x', devices: [], wires: [] });
    expect(doc).toEqual({ format: 2, name: 'x', devices: [], wires: [] });
    expect(notes).toEqual([]);
    const r = loadDesign({ format: 1, name: 'x', mirage: '4.11.1', target: 'unix', devices: [{ id: 'a', device: 'default_network', name: 'a', params: {} }], wires: [] });
    expect(r.ok && r.design.format).toBe(2);
  });

  it('refuses formats it does not know', () => {
    expect(migrate({}, DESIGN_FORMAT + 1)).toMatchObject({ ok: false });
    expect(migrate({}, 0.5)).toMatchObject({ ok: false });
    expect(migrate({ a: 1 }, DESIGN_FORMAT)).toEqual({ ok: true, doc: { a: 1 }, notes: [] });
  });
});
