import { writeFileSync, mkdirSync } from 'fs';
import { randomDesign } from './src/core/codegen/testing/random-design';
import { printConfigMl } from './src/core/codegen/config';
let seed = Number(process.argv[2] ?? 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
mkdirSync('/tmp/ocheck/rand', { recursive: true });
for (let i = 0; i < Number(process.argv[3] ?? 100); i++) {
  const d = randomDesign((n) => n <= 0 ? 0 : (rnd() >>> 8) % n);
  writeFileSync(`/tmp/ocheck/rand/${i}.ml`, printConfigMl(d).text);
  writeFileSync(`/tmp/ocheck/rand/${i}.v`, d.mirage);
  writeFileSync(`/tmp/ocheck/rand/${i}.json`, JSON.stringify(d));
}
