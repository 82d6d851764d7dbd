// `npm run gen:sigs`: writes ocaml/sigs/<version>/*.mli for every Mirage release from the vendored facts
// (src/core/reference/*.generated.json, which `npm run gen:reference` keeps equal to ../shared/reference).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reference } from '../src/core/reference/api';
import { generateSigs } from './mirage-sigs';

const root = resolve('ocaml/sigs');
rmSync(root, { recursive: true, force: true });
for (const ver of reference.versions) {
  const dir = join(root, ver);
  mkdirSync(dir, { recursive: true });
  for (const f of generateSigs(reference, ver)) writeFileSync(join(dir, f.name), f.contents);
}
console.log(`wrote ${root}/<version>/*.mli for ${reference.versions.length} releases`);
