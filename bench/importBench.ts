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

/**
 * Times export of a design read from config.ml (printed into its text): untouched, and after one parameter
 * edit, on exported config.ml files of about `n` bindings each.
 */
export async function preservedPrintTimes(sizes: readonly number[]): Promise<{ bindings: number; untouchedMs: number; editedMs: number; same: boolean }[]> {
  const { importConfigMl } = await import('../src/core/import/index');
  const { printConfigMl } = await import('../src/core/codegen/config');
  const { loadOcamlParserNode } = await import('../src/cli/treeSitterNode');
  const parser = await loadOcamlParserNode();
  const out = [];
  for (const n of sizes) {
    const source = exportProject(benchDesign(n)).find((f) => f.path === 'config.ml')?.contents ?? '';
    const r = importConfigMl(source, parser);
    if (!r.ok) continue;
    printConfigMl(r.design); // warm-up
    let t0 = performance.now();
    const same = printConfigMl(r.design).text === source;
    const untouchedMs = performance.now() - t0;
    const edited = structuredClone(r.design);
    const target = edited.devices.find((d) => d.device === 'main') ?? edited.devices[0]!;
    target.name = `${target.name}_renamed`;
    t0 = performance.now();
    printConfigMl(edited);
    out.push({ bindings: r.design.devices.length, untouchedMs, editedMs: performance.now() - t0, same });
  }
  return out;
}
