// `npm run gen:sigs`: writes ocaml/sigs/<version>/*.mli for every Mirage version.
// Source: ../shared/reference/mirage-api.json when present (or the path given as argument),
// else the committed src/core/reference/api.generated.json (the same facts, reduced).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reference as committed } from '../src/core/reference/api';
import { reduceReference } from '../src/core/reference/reduce';
import type { MirageReference } from '../src/core/reference/types';
import { generateSigs } from './mirage-sigs';

const raw = resolve(process.argv[2] ?? '../shared/reference/mirage-api.json');
const ref: MirageReference = existsSync(raw) ? reduceReference(JSON.parse(readFileSync(raw, 'utf8'))) : committed;
const root = resolve('ocaml/sigs');
for (const ver of ref.versions) {
  const dir = join(root, ver);
  mkdirSync(dir, { recursive: true });
  for (const f of generateSigs(ref, ver)) writeFileSync(join(dir, f.name), f.contents);
}
console.log(`wrote ${root}/<version>/*.mli for ${ref.versions.join(', ')} (from ${existsSync(raw) ? raw : 'the committed reference'})`);
