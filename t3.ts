import { readFileSync } from 'node:fs';
import { loadDesign } from './src/core/design/load';
import { releaseKey, validSpan } from './src/core/codegen/range';
import { MIRAGE_VERSIONS, versionIndex } from './src/core/reference/versions';
for (const id of process.argv.slice(2)) {
const r = loadDesign(readFileSync('public/examples/' + id + '.json', 'utf8')); if (!r.ok) continue;
const s = validSpan(r.design);
const why = (v: any) => { if (!v) return ''; const a = JSON.parse(releaseKey(r.design, r.design.mirage)); const b = JSON.parse(releaseKey(r.design, v)); const i = a.findIndex((x: unknown, k: number) => JSON.stringify(x) !== JSON.stringify(b[k])); return i < 0 ? `${v}: (invalid there)` : `${v}: ${JSON.stringify(a[i]).slice(0, 220)} vs ${JSON.stringify(b[i]).slice(0, 220)}`; };
console.log(id, s.first, s.last, '\n  before', why(MIRAGE_VERSIONS[versionIndex(s.first) - 1]), '\n  after', why(MIRAGE_VERSIONS[versionIndex(s.last) + 1]));
}
