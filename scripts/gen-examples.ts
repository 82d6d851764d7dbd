/**
 * Generates the example designs in public/examples/ (and index.json, the template gallery list)
 * from scripts/examples/defs*.ts. Run: `npx tsx scripts/gen-examples.ts`. The JSON files are committed;
 * src/core/examples.test.ts checks they match this generator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Design } from '../src/core/design/schema';
import { EXAMPLES } from './examples/defs';
import { layoutExample } from './examples/layout';

/** One entry of public/examples/index.json. */
export interface ExampleIndexEntry {
  id: string;
  file: string;
  title: string;
  description: string;
  version: string;
  target: string;
}

/** A design with its keys in reading order (header first, then runtime args, devices, wires, notes, groups). */
function ordered(d: Design): Design {
  const { format, name, description, mirage, target, runtimeArgs, devices, wires, notes, groups } = d;
  return { format, name, description, mirage, target, runtimeArgs, devices, wires, ...(notes ? { notes } : {}), ...(groups ? { groups } : {}) };
}

/** Every generated file: path relative to public/examples → contents. */
export async function renderExamples(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const index: ExampleIndexEntry[] = [];
  for (const ex of EXAMPLES) {
    const d = ordered(await layoutExample(ex.build()));
    const file = `${ex.id}.json`;
    out.set(file, `${JSON.stringify(d, null, 2)}\n`);
    index.push({ id: ex.id, file, title: ex.title, description: d.description ?? '', version: d.mirage, target: d.target });
  }
  out.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
/** Absolute path of public/examples. */
export const EXAMPLES_DIR = join(here, '..', 'public', 'examples');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(EXAMPLES_DIR, { recursive: true });
  for (const [file, text] of await renderExamples()) writeFileSync(join(EXAMPLES_DIR, file), text);
  console.log(`wrote ${EXAMPLES.length} examples and index.json to public/examples/`);
}
