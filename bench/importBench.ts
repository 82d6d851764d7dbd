import { exportProject } from '../src/core/codegen/export';
import { benchDesign } from './designs';

/** Times `importConfigMl` on exported config.ml files of about `n` bindings each (parser load excluded). */
export async function importTimes(sizes: readonly number[]): Promise<{ bindings: number; bytes: number; ms: number; ok: boolean }[]> {
  const { importConfigMl } = await import('../src/core/import/index');
  const { loadOcamlParserNode } = await import('../src/cli/treeSitterNode');
  const parser = await loadOcamlParserNode();
  const out = [];
  for (const n of sizes) {
    const d = benchDesign(n);
    const source = exportProject(d).find((f) => f.path === 'config.ml')?.contents ?? '';
    importConfigMl(source, parser); // warm-up
    const t0 = performance.now();
    const r = importConfigMl(source, parser);
    out.push({ bindings: d.devices.length, bytes: source.length, ms: performance.now() - t0, ok: r.ok });
  }
  return out;
}
