import { exportProject } from '../src/core/codegen/export';
import { benchDesign } from './designs';

/** Times `importConfigMl` on exported config.ml files of about `n` bindings each (parser load excluded; one warm-up, median of 3). */
export async function importTimes(sizes: readonly number[]): Promise<{ bindings: number; bytes: number; ms: number; ok: boolean }[]> {
  const { importConfigMl } = await import('../src/core/import/index');
  const { loadOcamlParserNode } = await import('../src/cli/treeSitterNode');
  const parser = await loadOcamlParserNode();
  const out = [];
  for (const n of sizes) {
    const d = benchDesign(n);
    const source = exportProject(d).find((f) => f.path === 'config.ml')?.contents ?? '';
    importConfigMl(source, parser); // warm-up
    const times: number[] = [];
    let ok = true;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = importConfigMl(source, parser);
      times.push(performance.now() - t0);
      ok &&= r.ok;
    }
    out.push({ bindings: d.devices.length, bytes: source.length, ms: times.sort((a, b) => a - b)[1]!, ok });
  }
  return out;
}
