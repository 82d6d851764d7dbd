// Regenerates the vendored facts in src/core/reference/*.generated.json from ../shared/reference/.
// The generated files are committed so a fresh clone works without ../shared; a unit test
// (src/core/reference/api.test.ts) fails when they drift from the reference.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reduceReference } from '../src/core/reference/reduce';
import { reduceRuntime } from '../src/core/reference/reduce-runtime';
import { reduceTargets } from '../src/core/reference/reduce-targets';

const dir = resolve(process.argv[2] ?? '../shared/reference');
const read = (f: string): unknown => JSON.parse(readFileSync(resolve(dir, f), 'utf8'));
const write = (f: string, data: unknown) => {
  const out = resolve('src/core/reference', f);
  const text = JSON.stringify(data) + '\n';
  writeFileSync(out, text);
  console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KiB)`);
};
write('api.generated.json', reduceReference(read('mirage-api.json')));
write('runtime.generated.json', reduceRuntime(read('mirage-runtime.json')));
write('targets.generated.json', reduceTargets(read('mirage-targets.json')));
