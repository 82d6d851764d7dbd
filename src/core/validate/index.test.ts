import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { DIAGNOSTIC_CODES } from '../diagnostics';
import { design } from '../graph/builder';
import { MIRAGE_VERSIONS } from '../reference/types';
import { validateDesign } from './index';
import { stackApp } from './testing';

describe('validateDesign', () => {
  it('finds nothing wrong in a complete design, in every version', () => {
    for (const v of MIRAGE_VERSIONS) expect(validateDesign(stackApp(v).build()), v).toEqual([]);
  });

  it('lists errors first, then warnings, keeping rule order within a severity', () => {
    const d = stackApp()
      .main('other', 'Other.Make', ['stackv4v6'])
      .wire('stack', 'other')
      .add('Bad', 'default_random')
      .build();
    const ds = validateDesign(d);
    expect(ds.map((x) => `${x.severity}:${x.code}`)).toEqual(['error:MC007', 'warning:MC003']);
  });

  it('never throws on odd designs (unknown devices, dangling wires, no register)', () => {
    const d = design().add('x', 'no_such_device').wire('x', 'ghost', 'p').wire('ghost', 'x', 'arg1').build();
    const codes = validateDesign(d).map((x) => x.code);
    expect(codes).toContain('MC016');
    expect(codes).toContain('MC020');
  });
});

describe('validateDesign on random designs', () => {
  it('never throws and always reports data with a known code (property)', () => {
    const ids = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5'];
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.constantFrom('stackv4v6', 'kv_ro', 'x')), fc.record({ runtimeArg: fc.constantFrom('a', 'b') }), fc.record({ ocaml: fc.string({ maxLength: 4 }) }));
    const arb = fc.record({
      version: fc.constantFrom(...MIRAGE_VERSIONS),
      target: fc.constantFrom('unix', 'hvt', 'qubes', 'xen', 'nope'),
      devices: fc.array(fc.tuple(fc.constantFrom(...[...catalogFor('4.11.1').devices.keys(), 'default_time', 'chamelon', 'bogus']), fc.dictionary(fc.constantFrom('group', 'arg1', 'module', 'functor', 'cases', 'level', 'port', 'zz'), value, { maxKeys: 3 })), { maxLength: 6 }),
      wires: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom('arg1', 'arg2', 'arg3', 'jobs', 'tcp', 'then', 'case_unix', 'zz')), { maxLength: 10 }),
      args: fc.array(fc.record({ name: fc.constantFrom('a', 'b', 'A b'), type: fc.constantFrom('int', 'string', 'bool option'), default: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }) }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(arb, ({ version, target, devices, wires, args }) => {
        const b = design(version, target);
        devices.forEach(([dev, params], i) => b.add(ids[i]!, dev, params));
        wires.forEach(([f, t, p]) => b.wire(f, t, p));
        args.forEach((a) => b.runtimeArg(a));
        const ds = validateDesign(b.build());
        return ds.every((x) => x.code in DIAGNOSTIC_CODES && typeof x.message === 'string' && x.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
