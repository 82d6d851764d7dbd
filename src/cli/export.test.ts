import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportProject } from '../core/codegen/export';
import { loadDesign } from '../core/design/load';
import { design } from '../core/graph/builder';
import { examplePath, run, tempDir } from './testkit';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const loadExample = (id: string) => {
  const r = loadDesign(readFileSync(examplePath(id), 'utf8'));
  if (!r.ok) throw new Error(`example ${id} does not load`);
  return r.design;
};

describe('mirage-composer export', () => {
  it('writes the project files, build.sh executable, as exportProject prints them', async () => {
    const r = await run(['export', examplePath('http-server'), '--out', 'proj'], dir);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const out = join(dir, 'proj');
    expect(readdirSync(out).sort()).toEqual(['README.md', 'build.sh', 'config.composer.json', 'config.ml', 'unikernel.ml']);
    expect(statSync(join(out, 'build.sh')).mode & 0o111).toBe(0o111);
    expect(statSync(join(out, 'config.ml')).mode & 0o111).toBe(0);
    for (const f of exportProject(loadExample('http-server'))) expect(readFileSync(join(out, f.path), 'utf8')).toBe(f.contents);
    expect(r.stdout).toContain('to proj');
  });

  it('refuses a non-empty directory unless --force', async () => {
    mkdirSync(join(dir, 'proj'));
    writeFileSync(join(dir, 'proj', 'config.ml'), 'mine');
    const r = await run(['export', examplePath('hello'), '--out', 'proj'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('mirage-composer: proj is not empty (use --force to overwrite)\n');
    expect(readFileSync(join(dir, 'proj', 'config.ml'), 'utf8')).toBe('mine');
    const f = await run(['export', examplePath('hello'), '--out', 'proj', '--force'], dir);
    expect(f.code).toBe(0);
    expect(readFileSync(join(dir, 'proj', 'config.ml'), 'utf8')).toContain('register');
  });

  it('--zip writes one archive holding the same files', async () => {
    const r = await run(['export', examplePath('hello'), '--out', 'dist', '--zip'], dir);
    expect(r.code).toBe(0);
    const zip = unzipSync(readFileSync(join(dir, 'dist', 'hello.zip')));
    const byName = new Map(Object.entries(zip).map(([k, v]) => [k.split('/').at(-1), strFromU8(v)]));
    for (const f of exportProject(loadExample('hello'))) expect(byName.get(f.path)).toBe(f.contents);
    const again = await run(['export', examplePath('hello'), '--out', 'dist', '--zip'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^mirage-composer: dist\/hello\.zip already exists \(use --force to overwrite\)\n$/);
  });

  it('refuses an invalid design with one line and writes nothing', async () => {
    const broken = design('4.11.1', 'unix', 'broken').main('main', 'Unikernel.Make', ['stackv4v6']).register('main').build();
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const r = await run(['export', 'broken.json', '--out', 'proj'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mirage-composer: not exported: broken\.json: error MC\d{3} [^\n]+\n$/);
    expect(existsSync(join(dir, 'proj'))).toBe(false);
  });

  it('a malformed or missing file is one line on stderr', async () => {
    writeFileSync(join(dir, 'bad.json'), '[1, 2');
    const bad = await run(['export', 'bad.json', '--out', 'proj'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^mirage-composer: bad\.json(:\d+(:\d+)?)?: error MC\d{3} [^\n]+\n$/);
    const missing = await run(['export', 'nope.json', '--out', 'proj'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('mirage-composer: cannot read nope.json: no such file\n');
  });

  it('requires --out and has --help', async () => {
    const r = await run(['export', examplePath('hello')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("required option '-o, --out <dir>' not specified");
    const h = await run(['export', '--help'], dir);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--zip');
    expect(h.stdout).toContain('--force');
  });
});

describe('export never writes outside --out nor through a symbolic link (issue 9, items 2 and 9)', () => {
  const save = (name: string, d: ReturnType<ReturnType<typeof design>['build']>) => writeFileSync(join(dir, name), JSON.stringify(d));
  const hello = (name: string) => design('4.11.1', 'unix', name).main('main', 'Unikernel', []).register('main').build();

  it('a unikernel name that is a path is refused (MC026) and nothing is written', async () => {
    for (const name of ['../../../victim', '/tmp/victim-abs', 'a/b']) {
      save('evil.json', hello(name));
      const r = await run(['export', 'evil.json', '--out', 'dist', '--zip', '--force'], dir);
      expect(r.code, name).toBe(1);
      expect(r.stderr).toContain('MC026');
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    }
    expect(existsSync(join(dir, '..', '..', 'victim.zip'))).toBe(false);
    expect(existsSync('/tmp/victim-abs.zip')).toBe(false);
  });

  it('--force never follows a planted symlink: the outside file is untouched and keeps its mode', async () => {
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'precious', { mode: 0o600 });
    mkdirSync(join(dir, 'proj'));
    symlinkSync('../outside.txt', join(dir, 'proj', 'build.sh'));
    const r = await run(['export', examplePath('hello'), '--out', 'proj', '--force'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('symbolic link');
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(statSync(outside).mode & 0o777).toBe(0o600);
    expect(lstatSync(join(dir, 'proj', 'build.sh')).isSymbolicLink()).toBe(true);
  });

  it('a planted zip symlink and a symlinked --out are refused too', async () => {
    const outside = join(dir, 'outside.zip');
    writeFileSync(outside, 'precious');
    mkdirSync(join(dir, 'dist'));
    symlinkSync('../outside.zip', join(dir, 'dist', 'hello.zip'));
    const z = await run(['export', examplePath('hello'), '--out', 'dist', '--zip', '--force'], dir);
    expect(z.code).toBe(1);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'linked'));
    const l = await run(['export', examplePath('hello'), '--out', 'linked'], dir);
    expect(l.code).toBe(1);
    expect(l.stderr).toContain('is a symbolic link');
    expect(readdirSync(join(dir, 'real'))).toEqual([]);
  });

  it('files inside a fresh --out are written as before (mode 755 for build.sh only)', async () => {
    const r = await run(['export', examplePath('hello'), '--out', 'fresh'], dir);
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'fresh', 'build.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(dir, 'fresh', 'README.md')).mode & 0o777).toBe(0o644);
  });
});
