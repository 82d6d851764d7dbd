/** Node timings of code generation and validation on a 20,000-device, 100,000-wire design (`huge.ts`). */
import { printBuildSh } from '../src/core/codegen/build';
import { printConfigMl } from '../src/core/codegen/config';
import { exportProject, launchCommand } from '../src/core/codegen/export';
import { prepareDesign } from '../src/core/codegen/prepare';
import { printReadme } from '../src/core/codegen/readme';
import { unikernelFiles } from '../src/core/codegen/unikernel';
import { validateDesign } from '../src/core/validate/index';
import { hugeDesign } from './huge';

/** Best of `runs` wall-clock times of `f`, in ms (the machine may be shared: the minimum is the cost). */
function best(f: () => unknown, runs = 3): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** `export20kMs` (the whole exportProject) and its parts, plus validation, on `hugeDesign(devices, wires)`. */
export function exportTimes(devices = 20_000, wires = 100_000): { label: string; ms: number }[] {
  const d = hugeDesign(devices, wires);
  const p = prepareDesign(d);
  return [
    { label: 'export20kMs (exportProject: all files)', ms: best(() => exportProject(d)) },
    { label: '  config.ml (printConfigMl)', ms: best(() => printConfigMl(p)) },
    { label: '  unikernel.ml (unikernelFiles)', ms: best(() => unikernelFiles(p)) },
    { label: '  build.sh (printBuildSh)', ms: best(() => printBuildSh(p)) },
    { label: '  README.md (printReadme)', ms: best(() => printReadme(p)) },
    { label: '  launch command', ms: best(() => launchCommand(p)) },
    { label: 'validate20kMs (validateDesign)', ms: best(() => validateDesign(d)) },
  ];
}

// `npx tsx bench/exportBench.ts [devices] [wires]` prints just these numbers.
if (process.argv[1]?.endsWith('exportBench.ts')) {
  const [n, w] = process.argv.slice(2).map(Number);
  for (const r of exportTimes(n || undefined, w || undefined)) console.log(`  ${r.label.padEnd(44)} ${r.ms.toFixed(0)} ms`);
}
