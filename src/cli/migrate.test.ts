import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDesign } from '../core/design/load';
import { migrationPreview } from '../core/migrate';
import { REPO_ROOT, examplePath, run, tempDir } from './testkit';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const config45 = join(REPO_ROOT, 'src', 'core', 'migrate', 'fixtures', 'fetch-4.5.config.ml');

describe('mirage-composer migrate', () => {
  it('writes the migrated project and MIGRATION.md, and prints the change list with releases', async () => {
    const r = await run(['migrate', examplePath('legacy-4.8'), '--to', '4.11.1', '--out', 'proj'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'proj')).sort()).toEqual(['MIGRATION.md', 'README.md', 'build.sh', 'config.composer.json', 'config.ml', 'unikernel.ml']);
    const loaded = loadDesign(readFileSync(examplePath('legacy-4.8'), 'utf8'));
    if (!loaded.ok) throw new Error('example');
    const expected = migrationPreview(loaded.design, '4.11.1').project;
    for (const f of expected) expect(readFileSync(join(dir, 'proj', f.path), 'utf8')).toBe(f.contents);
    expect(r.stdout).toMatch(/^Mirage 4\.8\.0 → 4\.11\.1$/m);
    expect(r.stdout).toMatch(/^4\.9\.0 +manual +unikernel\.ml: remove the functor parameter .*Mirage_sleep\.ns/m);
    const md = readFileSync(join(dir, 'proj', 'MIGRATION.md'), 'utf8');
    expect(md).toContain('## To do by hand');
    expect(md).toMatch(/- \[ \] \*\*4\.9\.0\*\* unikernel\.ml: .*`Mirage_sleep\.ns` where it called `Time\.sleep_ns`/);
    expect(md).toContain('## Changed for you');
  });

  it('reads a config.ml written for 4.5 and prints only the diff with --dry-run, writing nothing', async () => {
    const r = await run(['migrate', config45, '--to', '4.11.1', '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/config.ml');
    expect(r.stdout).toContain('-let he = generic_happy_eyeballs stack dns');
    expect(r.stdout).toContain('+let dns = generic_dns_client stack he');
    expect(r.stdout).toContain('--- a/unikernel.ml');
    expect(r.stdout).not.toMatch(/manual/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 1 when the result cannot be expressed, still writing the report', async () => {
    const r = await run(['migrate', examplePath('http-server'), '--to', '4.3.0', '--out', 'old'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/needs attention \([1-9]\d* blockers?/);
    expect(readFileSync(join(dir, 'old', 'MIGRATION.md'), 'utf8')).toContain('## Cannot be expressed');
  });

  it('exits 2 on bad input: unknown release, missing file, broken design or config.ml, no --out', async () => {
    expect((await run(['migrate', examplePath('hello'), '--to', '9.9.9', '--out', 'x'], dir)).code).toBe(2);
    expect((await run(['migrate', 'nope.json', '--to', '4.11.1', '--out', 'x'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'bad.json'), '{ "format": 1 }');
    expect((await run(['migrate', 'bad.json', '--to', '4.11.1', '--out', 'x'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'bad.ml'), 'let x = (');
    const ml = await run(['migrate', 'bad.ml', '--to', '4.11.1', '--out', 'x'], dir);
    expect(ml.code).toBe(2);
    expect(ml.stderr).toMatch(/bad\.ml:1:\d+: error MC022/);
    expect((await run(['migrate', examplePath('hello'), '--to', '4.8.2'], dir)).code).toBe(2);
    expect((await run(['migrate', examplePath('hello'), '--to', '4.8.2', '--from', '4.5.0', '--out', 'x'], dir)).code).toBe(2);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('uses --from for a config.ml without a version header', async () => {
    writeFileSync(join(dir, 'config.ml'), readFileSync(config45, 'utf8').replace(/^\(\*.*\*\)\n/, ''));
    const r = await run(['migrate', 'config.ml', '--from', '4.5.0', '--to', '4.6.0', '--dry-run'], dir);
    expect(r.code).toBe(0);
    // The file keeps its layout (issue 8): no header was written, none is added; only the changed bindings differ.
    expect(r.stdout).not.toContain('(* mirage');
    expect(r.stdout).toContain('-let he = generic_happy_eyeballs stack dns');
    expect(r.stdout).toContain('+let dns = generic_dns_client ~timeout stack he');
  });
});
