import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import api from './api.generated.json';
import runtime from './runtime.generated.json';
import targets from './targets.generated.json';
import { reference } from './api';
import { reduceReference } from './reduce';
import { reduceRuntime } from './reduce-runtime';
import { reduceTargets } from './reduce-targets';
import { fromRuns, toRuns } from './runs';
import { deviceFacts, flagDefinition, targetsAt } from './runtime';
import { MIRAGE_VERSIONS } from './types';

/** The shared reference sits next to the repository (`../shared`); CI may not have it. */
const SHARED = (f: string) => fileURLToPath(new URL(`../../../../shared/reference/${f}`, import.meta.url));
const cases = [
  ['mirage-api.json', 'api.generated.json', reduceReference, api],
  ['mirage-runtime.json', 'runtime.generated.json', reduceRuntime, runtime],
  ['mirage-targets.json', 'targets.generated.json', reduceTargets, targets],
] as const;

describe('reference facts', () => {
  for (const [src, out, reduce, generated] of cases) {
    if (existsSync(SHARED(src))) {
      it(`${out} is the reduction of shared/reference/${src} (run \`npm run gen:reference\`)`, () => {
        const raw: unknown = JSON.parse(readFileSync(SHARED(src), 'utf8'));
        expect(JSON.parse(JSON.stringify(reduce(raw)))).toEqual(generated);
      });
    }
  }

  it('models exactly the releases of the facts, in order', () => {
    expect(reference.versions).toEqual([...MIRAGE_VERSIONS]);
    expect(runtime.versions).toEqual([...MIRAGE_VERSIONS]);
    expect(targets.versions).toEqual([...MIRAGE_VERSIONS]);
    for (const v of MIRAGE_VERSIONS) expect(reference.targets[v]).toContain('unix');
  });

  it('expands per-release signatures, functor parameters and flags', () => {
    const chamelon = reference.values.find((v) => v.name === 'chamelon')!;
    expect(chamelon.versions['4.0.0']).toBeUndefined();
    expect(chamelon.versions['4.11.1']?.text).toBe('program_block_size:int runtime_arg -> block impl -> kv_rw impl');
    expect(chamelon.versions['4.11.1']?.args[0]).toEqual({ label: 'program_block_size', kind: 'labeled', type: 'int runtime_arg' });
    const random = reference.types.find((t) => t.name === 'random')!;
    expect(random.functorParam['4.11.1']?.kind).toBe('module');
    expect(random.functorParam['4.0.0']).toMatchObject({ kind: 'module_type', path: 'Mirage_random.S' });
    expect(flagDefinition('Runtime_arg.dns_servers', '4.10.2')?.flags).toEqual(['dns_servers']);
    expect(flagDefinition('Runtime_arg.dns_servers', '4.11.1')?.flags).toEqual(['dns-servers']);
    expect(deviceFacts('ccm_block', '4.11.1')?.runtimeArgParams?.[0]?.cmdliner_term_type).toBe('string Cmdliner.Term.t');
    expect(targetsAt('4.9.0')).not.toContain('unikraft-qemu');
    expect(targetsAt('4.10.0')).toContain('unikraft-qemu');
  });

  it('runs round-trip per-release values and keep absent releases absent', () => {
    const vs = ['a', 'b', 'c', 'd', 'e'];
    const per = { a: { x: 1 }, b: { x: 1 }, d: { x: 1 }, e: { x: 2 } };
    const runs = toRuns(per, vs);
    expect(runs).toEqual([[0, 1, { x: 1 }], [3, 3, { x: 1 }], [4, 4, { x: 2 }]]);
    expect(fromRuns(runs, vs)).toEqual(per);
  });
});
