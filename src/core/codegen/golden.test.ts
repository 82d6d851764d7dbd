import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportProject } from './export';
import { GOLDEN_DESIGNS } from './golden-designs';

// Golden files: `UPDATE_GOLDEN=1 npx vitest run src/core/codegen/golden.test.ts` rewrites them.
const root = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden exported projects', () => {
  for (const [name, build] of Object.entries(GOLDEN_DESIGNS)) {
    it(`${name} matches golden/${name}/`, () => {
      const files = exportProject(build());
      const listing = files.map((f) => `${f.path}${f.executable ? ' (executable)' : ''}`).join('\n') + '\n';
      const all = [...files, { path: 'FILES', contents: listing }];
      for (const f of all) {
        const path = join(root, name, f.path);
        if (update) {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, f.contents);
        }
        expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(f.contents).toBe(readFileSync(path, 'utf8'));
      }
    });
  }
});
