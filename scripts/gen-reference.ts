// Regenerates src/core/reference/api.generated.json from ../shared/reference/mirage-api.json.
// The generated file is committed so a fresh clone works without ../shared; a unit test
// (src/core/reference/api.test.ts) fails when it drifts from the reference.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reduceReference } from '../src/core/reference/reduce';

const src = resolve(process.argv[2] ?? '../shared/reference/mirage-api.json');
const out = resolve('src/core/reference/api.generated.json');
const reduced = reduceReference(JSON.parse(readFileSync(src, 'utf8')));
writeFileSync(out, JSON.stringify(reduced) + '\n');
console.log(`wrote ${out}: ${reduced.values.length} values, ${reduced.types.length} types`);
