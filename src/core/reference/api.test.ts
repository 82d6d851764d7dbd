import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import generated from './api.generated.json';
import { reference } from './api';
import { reduceReference } from './reduce';
import { MIRAGE_VERSIONS } from './types';

/** The shared reference sits next to the repository (`../shared`); CI may not have it. */
const SHARED = fileURLToPath(new URL('../../../../shared/reference/mirage-api.json', import.meta.url));

describe('reference facts', () => {
  if (existsSync(SHARED)) {
    it('api.generated.json is reduceReference(shared/reference/mirage-api.json) (run `npm run gen:reference`)', () => {
      const raw: unknown = JSON.parse(readFileSync(SHARED, 'utf8'));
      // Compare as JSON text, as the generator writes it.
      expect(JSON.parse(JSON.stringify(reduceReference(raw)))).toEqual(generated);
    });
  } else {
    it('without ../shared: the committed facts have every version and a known signature', () => {
      expect(reference.versions).toEqual([...MIRAGE_VERSIONS]);
      const stack = reference.values.find((v) => v.name === 'tcpv4v6_of_stackv4v6');
      expect(stack?.versions['4.11.1']?.text).toBe('stackv4v6 impl -> tcpv4v6 impl');
    });
  }

  it('covers every version with targets, and known signatures per version', () => {
    expect(reference.versions).toEqual([...MIRAGE_VERSIONS]);
    for (const v of MIRAGE_VERSIONS) expect(reference.targets[v]).toContain('unix');
    const chamelon = reference.values.find((v) => v.name === 'chamelon')!;
    expect(chamelon.versions['4.0.0']).toBeUndefined();
    expect(chamelon.versions['4.11.1']?.text).toBe('program_block_size:int runtime_arg -> block impl -> kv_rw impl');
    expect(chamelon.versions['4.11.1']?.args[0]).toEqual({ label: 'program_block_size', kind: 'labeled', type: 'int runtime_arg' });
    expect(chamelon.versions['4.11.1']?.result).toBe('kv_rw impl');
  });

  it('reduceReference keeps per-version args and the result after the last top-level arrow', () => {
    const raw = {
      versions: ['4.0.0', '4.11.1'],
      values: [
        {
          name: 'f',
          section: 'S',
          versions: { '4.0.0': '?x:(a -> b) -> c impl', '4.11.1': null },
          args: [{ label: 'x', kind: 'optional', type: '(a -> b)' }],
          result: 'c impl',
        },
      ],
      types: [{ name: 't', declaration_by_version: { '4.0.0': 't = v4 ip' } }],
      targets: { '4.0.0': ['unix'] },
      target_constructors: {},
      modules: [],
    };
    const r = reduceReference(raw);
    expect(r.values[0]!.versions['4.0.0']).toEqual({ args: [{ label: 'x', kind: 'optional', type: '(a -> b)' }], result: 'c impl', text: '?x:(a -> b) -> c impl' });
    expect(r.values[0]!.versions['4.11.1']).toBeUndefined();
    expect(r.types[0]!.declarations).toEqual({ '4.0.0': 't = v4 ip' });
    expect(r.values[0]!.subsection).toBeNull();
  });
});
