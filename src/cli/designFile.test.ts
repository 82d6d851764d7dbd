import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from './designFile';
import { CliError } from './env';
import { tempDir } from './testkit';

describe('readTextFile (issue 9, item 11: one set of limits)', () => {
  it('refuses a file over the limit before reading it, with its size', async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'big.json'), 'x'.repeat(3000));
      const env = { cwd: t.dir, stdout: () => {}, stderr: () => {}, fail: () => {} };
      await expect(readTextFile(env, 'big.json', 2048)).rejects.toThrow(CliError);
      await expect(readTextFile(env, 'big.json', 2048)).rejects.toThrow('it is 3 KB, more than the 2 KB Mirage Composer reads');
      await expect(readTextFile(env, 'big.json', 4096)).resolves.toHaveLength(3000);
      await expect(readTextFile(env, 'missing.json')).rejects.toThrow('no such file');
    } finally {
      t.cleanup();
    }
  });
});
