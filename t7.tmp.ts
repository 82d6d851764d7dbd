import { writeFileSync, mkdirSync } from 'fs';
import { randomDesign } from './src/core/codegen/testing/random-design';
import { exportProject } from './src/core/codegen/export';
let seed = Number(process.argv[2] ?? 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
mkdirSync('/tmp/ocheck/uk', { recursive: true });
for (let i = 0; i < 150; i++) {
  const d = randomDesign((n) => n <= 0 ? 0 : (rnd() >>> 8) % n);
  for (const f of exportProject(d)) writeFileSync(`/tmp/ocheck/uk/${i}_${f.path}`, f.contents);
}
