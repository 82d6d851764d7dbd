/** Node timings of code generation and validation on a 20,000-device, 100,000-wire design (`huge.ts`). */
import { printBuildSh } from '../src/core/codegen/build';
import { printConfigMl } from '../src/core/codegen/config';
import { exportProject, launchCommand } from '../src/core/codegen/export';
import { prepareDesign } from '../src/core/codegen/prepare';
import { printReadme } from '../src/core/codegen/readme';
import { unikernelFiles } from '../src/core/codegen/unikernel';
import type { Design } from '../src/core/design/schema';
import { validateDesign } from '../src/core/validate/index';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { hugeDesign } from './huge';

// A full collection before each timed run, so the garbage of the copy made for it is not counted as the export's.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Best of `runs` wall-clock times of `f` on a fresh deep copy of `d` (the machine may be shared: the minimum
 * is the cost). A copy per run, made before the clock starts: the core memoises per design and per instance
 * object, and a user's export meets none of those caches warm.
 */
function best(d: Design, f: (d: Design) => unknown, runs = 5): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const copy = structuredClone(d);
    gc();
    const t0 = performance.now();
    f(copy);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** `export20kMs` (the whole exportProject) and its parts, plus validation, on `hugeDesign(devices, wires)`; `key` names the BENCH_JSON entry. */
export function exportTimes(devices = 20_000, wires = 100_000): { label: string; ms: number; key?: string }[] {
  const d = hugeDesign(devices, wires);
  const p = prepareDesign(d);
  return [
    { label: 'export20kMs (exportProject: all files)', ms: best(d, exportProject), key: 'export20kMs' },
    { label: '  config.ml (printConfigMl)', ms: best(p, printConfigMl) },
    { label: '  unikernel.ml (unikernelFiles)', ms: best(p, unikernelFiles) },
    { label: '  build.sh (printBuildSh)', ms: best(p, printBuildSh) },
    { label: '  README.md (printReadme)', ms: best(p, printReadme) },
    { label: '  launch command', ms: best(p, launchCommand) },
    { label: 'validate20kMs (validateDesign)', ms: best(d, validateDesign), key: 'validate20kMs' },
  ];
}

// `npx tsx bench/exportBench.ts [devices] [wires]` prints just these numbers.
if (process.argv[1]?.endsWith('exportBench.ts')) {
  const [n, w] = process.argv.slice(2).map(Number);
  for (const r of exportTimes(n || undefined, w || undefined)) console.log(`  ${r.label.padEnd(44)} ${r.ms.toFixed(0)} ms`);
}
