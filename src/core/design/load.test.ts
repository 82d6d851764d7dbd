import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { jsonErrorPosition } from './jsonError';
import { jsonPath, loadDesign, serializeDesign } from './load';
import { LIMITS } from '../limits';
import { DESIGN_FORMAT } from './schema';

const sample = () =>
  design('4.11.1', 'hvt', 'web')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6', { ipv4_network: '10.0.0.2/24', group: null })
    .wire('net', 'stack')
    .main('main', 'Unikernel.Make', ['stackv4v6'], { packages: [{ name: 'cohttp-mirage', min: '6.0.0' }] })
    .wire('stack', 'main')
    .register('main')
    .runtimeArg({ name: 'port', type: 'int', default: '80', doc: 'The port.' })
    .build();

describe('loadDesign', () => {
  it('loads a design from text or from an object', () => {
    const d = sample();
    const fromText = loadDesign(JSON.stringify(d));
    expect(fromText).toEqual({ ok: true, design: d, diagnostics: [] });
    expect(loadDesign(structuredClone(d))).toEqual({ ok: true, design: d, diagnostics: [] });
  });

  it('fills defaults (params, position, runtimeArgs)', () => {
    const r = loadDesign({ format: 1, name: 'x', mirage: '4.11.1', target: 'unix', devices: [{ id: 'a', device: 'noop', name: 'a' }], wires: [] });
    expect(r.ok && r.design.devices[0]).toEqual({ id: 'a', device: 'noop', name: 'a', params: {}, position: { x: 0, y: 0 } });
    expect(r.ok && r.design.runtimeArgs).toEqual([]);
  });

  it('bad JSON: MC019 with line and column', () => {
    const r = loadDesign('{\n  "format": 1,\n  "name": oops\n}');
    expect(r.ok).toBe(false);
    const [x] = r.diagnostics;
    expect(x).toMatchObject({ code: 'MC019', severity: 'error', line: 3, column: 11 });
    expect(x!.message).toMatch(/^The design file is not valid JSON/);
    expect(loadDesign('').diagnostics[0]!.message).toBe('The design file is empty.');
    expect(loadDesign('{"format": 1').diagnostics[0]).toMatchObject({ line: 1 });
  });

  it('not an object, no format, newer format', () => {
    expect(loadDesign('[1,2]').diagnostics[0]!.message).toContain('this holds an array');
    expect(loadDesign('{"name":"x"}').diagnostics[0]!.message).toContain('no `format` field');
    expect(loadDesign({ format: '1' }).diagnostics[0]!.message).toContain('`format` must be a number');
    const newer = loadDesign({ ...sample(), format: DESIGN_FORMAT + 1 });
    expect(newer.ok).toBe(false);
    expect(newer.diagnostics[0]!.message).toContain('made by a newer Mirage Composer');
    expect(loadDesign({ format: -1 }).diagnostics[0]!.message).toContain('whole number');
  });

  it('schema errors are readable, with the JSON path', () => {
    const d = sample() as unknown as Record<string, unknown>;
    const bad = structuredClone(d) as { devices: Record<string, unknown>[]; mirage: string; extra?: number };
    bad.devices[1]!.position = { x: 'left', y: 0 };
    bad.mirage = '4.9.1';
    bad.extra = 1;
    const r = loadDesign(bad);
    expect(r.ok).toBe(false);
    const msgs = r.diagnostics.map((x) => x.message);
    expect(msgs).toContain('mirage: must be a Mirage release from 4.0.0 to 4.11.1; found 4.9.1.');
    expect(msgs.some((m) => m.startsWith('devices[1].position.x: expected number'))).toBe(true);
    expect(msgs).toContain('(top level): unknown field `extra`.');
    expect(r.diagnostics.every((x) => x.code === 'MC019')).toBe(true);
    const r2 = loadDesign({ format: DESIGN_FORMAT, name: 'x', mirage: '4.11.1', target: '', devices: [{ id: 'a', device: 'noop', name: 'a', params: { p: { foo: 1 } } }], wires: [{ id: 'w', from: 'a' }] });
    expect(r2.diagnostics.map((x) => x.message)).toEqual([
      'target: must not be empty.',
      'devices[0].params.p: not a parameter value (text, number, true/false, a list of text or packages, { "runtimeArg": … }, { "key": … }, { "ocaml": … } or null).',
      'wires[0].to: missing (expected string).',
      'wires[0].port: missing (expected string).',
    ]);
  });

  it('referential checks: duplicate ids fail; dangling and duplicate wires are dropped with a warning', () => {
    const dup = sample();
    dup.devices[1]!.id = 'net';
    const r = loadDesign(dup);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.message).toBe('devices[1].id: `net` is already the id of devices[0].');
    const dangling = sample();
    dangling.wires.push({ id: 'w9', from: 'ghost', to: 'main', port: 'arg2' }, { ...dangling.wires[0]! });
    const r2 = loadDesign(dangling);
    expect(r2.ok).toBe(true);
    expect(r2.ok && r2.design.wires).toEqual(sample().wires);
    expect(r2.diagnostics.map((x) => `${x.severity}: ${x.message}`)).toEqual([
      'warning: wires[3].from: `ghost` is not a device of this design; the wire was dropped.',
      'warning: wires[4].id: `net->stack.arg1` is used twice; the second wire was dropped.',
    ]);
  });

  it('never throws, whatever JSON it gets (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const a = loadDesign(v);
        const b = loadDesign(JSON.stringify(v));
        return typeof a.ok === 'boolean' && typeof b.ok === 'boolean';
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), (s) => typeof loadDesign(s).ok === 'boolean'), { numRuns: 300 });
  });

  it('never throws on near-designs (property)', () => {
    const field = fc.constantFrom('format', 'name', 'mirage', 'target', 'devices', 'wires', 'runtimeArgs', 'version', 'nodes', 'edges');
    fc.assert(
      fc.property(fc.dictionary(field, fc.oneof(fc.jsonValue(), fc.constantFrom(0, 1, '4.11.1', []))), (o) => typeof loadDesign(o).ok === 'boolean'),
      { numRuns: 300 },
    );
  });
});

describe('serializeDesign', () => {
  it('round-trips and is stable (sorted params, fixed key order, trailing newline)', () => {
    const d = sample();
    const text = serializeDesign(d);
    expect(text.endsWith('}\n')).toBe(true);
    const back = loadDesign(text);
    expect(back.ok && back.design).toEqual(d);
    const shuffled = structuredClone(d);
    shuffled.devices[1]!.params = { group: null, ipv4_network: '10.0.0.2/24' };
    expect(serializeDesign(shuffled)).toBe(text);
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"devices"'));
  });

  it('keeps the names of a device’s other results and which result a wire takes', () => {
    const d = sample();
    d.devices[1]!.outputNames = { lease: 'dhcp_lease' };
    d.wires.push({ id: 'lease', from: d.devices[1]!.id, fromPort: 'lease', to: d.devices[0]!.id, port: 'arg9' });
    const back = loadDesign(serializeDesign(d));
    expect(back.ok && back.design).toEqual(d);
  });
});

describe('serializeDesign round trip (property)', () => {
  it('loadDesign(serializeDesign(d)) gives d back, and serializing again gives the same text', () => {
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }), fc.record({ runtimeArg: fc.constantFrom('a', 'b') }), fc.record({ ocaml: fc.string({ maxLength: 6 }) }));
    const arb = fc.record({
      name: fc.string({ maxLength: 10 }),
      devices: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
          device: fc.constantFrom('noop', 'default_network', 'generic_stackv4v6', 'main'),
          name: fc.string({ maxLength: 6 }),
          params: fc.dictionary(fc.stringMatching(/^[a-z_]{1,6}$/), value, { maxKeys: 4 }),
          position: fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), y: fc.integer({ min: -1000, max: 1000 }) }),
        }),
        { selector: (d) => d.id, maxLength: 5 },
      ),
      description: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ name, devices, description }) => {
        const d = { ...sample(), name, devices, wires: [], ...(description !== undefined ? { description } : {}) };
        const text = serializeDesign(d);
        const back = loadDesign(text);
        if (!back.ok) return false;
        expect(back.design).toEqual(JSON.parse(JSON.stringify(d)));
        return serializeDesign(back.design) === text;
      }),
      { numRuns: 200 },
    );
  });
});

describe('jsonPath', () => {
  it('prints paths as people read them', () => {
    expect(jsonPath(['devices', 3, 'params', 'port'])).toBe('devices[3].params.port');
    expect(jsonPath(['devices', 0, 'params', 'odd key'])).toBe('devices[0].params["odd key"]');
    expect(jsonPath([])).toBe('(top level)');
  });
});

describe('jsonErrorPosition', () => {
  it('finds where JSON text goes wrong', () => {
    expect(jsonErrorPosition('{"a": [1, 2,]}')).toEqual({ line: 1, column: 13 });
    expect(jsonErrorPosition('{\n "a": "x\n"}')).toEqual({ line: 2, column: 9 });
    expect(jsonErrorPosition('{"a": 1} x')).toEqual({ line: 1, column: 10 });
    expect(jsonErrorPosition('{"a": -}')).toEqual({ line: 1, column: 7 });
    expect(jsonErrorPosition('{"a": [true, null, "\\u00e9", 1.5e3]}')).toBeNull();
  });

  it('agrees with JSON.parse on what is valid (property)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, junk) => {
        const text = json.slice(0, at % (json.length + 1)) + junk + json.slice(at % (json.length + 1));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (jsonErrorPosition(text) === null) === valid;
      }),
      { numRuns: 500 },
    );
  });
});

describe('the shared limits (issue 9, items 10 and 11)', () => {
  const withArgs = (n: number) => ({ ...design().build(), runtimeArgs: Array.from({ length: n }, (_, i) => ({ name: `a${i}`, type: 'int', default: '1' })) });
  it('at most LIMITS.runtimeArgs runtime arguments (50,000 overflow ocamlc)', () => {
    expect(loadDesign(JSON.stringify(withArgs(LIMITS.runtimeArgs))).ok).toBe(true);
    const r = loadDesign(JSON.stringify(withArgs(50_000)));
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.message).toContain('runtimeArgs');
  });

  it('a design file larger than LIMITS.designFileBytes is refused before parsing', () => {
    const r = loadDesign(' '.repeat(LIMITS.designFileBytes + 1));
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.message).toContain('too large');
  });
});
