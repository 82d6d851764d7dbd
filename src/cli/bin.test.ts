import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, examplePath, tempDir } from './testkit';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const bin = join(REPO_ROOT, 'bin', 'mirage-composer.mjs');
const runBin = (args: string[]) => spawnSync(bin, args, { cwd: dir, encoding: 'utf8' });

describe('bin/mirage-composer.mjs (real subprocess, run from another directory)', () => {
  it('exports an example into a relative directory', () => {
    const r = runBin(['export', examplePath('network'), '--out', 'net']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'net')).sort()).toEqual(['README.md', 'build.sh', 'config.composer.json', 'config.ml', 'unikernel.ml']);
    expect(statSync(join(dir, 'net', 'build.sh')).mode & 0o111).toBe(0o111);
  });

  it('exits non-zero with one stderr line on a missing file', () => {
    const r = runBin(['check', 'missing.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mirage-composer: cannot read missing.json: no such file\n');
  });
});
