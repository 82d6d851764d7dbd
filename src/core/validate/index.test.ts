import { describe, expect, it } from 'vitest';
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
