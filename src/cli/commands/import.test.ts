import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDesign } from '../../core/design/load';
import { DESIGN_FORMAT } from '../../core/design/schema';
import { run, tempDir } from '../testkit';

const CONFIG = `(* mirage >= 4.11.0 & < 4.12.0 *)
open Mirage

let port : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.port"
let stack = generic_stackv4v6 default_network
let custom = Foo.make stack
let main = main ~runtime_args:[ Runtime_arg.v port ] "Unikernel.Make" (stackv4v6 @-> job)
let () = register "hello" [ main $ stack ]
`;

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
  writeFileSync(join(t.dir, 'config.ml'), CONFIG);
});
afterEach(() => t.cleanup());

describe('mirage-composer import', () => {
  it('writes a loadable design and lists what was kept as code with line numbers', async () => {
    const r = await run(['import', 'config.ml', '--out', 'design.json'], t.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote design\.json: \d+ devices/);
    expect(r.stderr).toContain('config.ml:6: kept as OCaml code: custom');
    const loaded = loadDesign(readFileSync(join(t.dir, 'design.json'), 'utf8'));
    expect(loaded.ok && loaded.design.name).toBe('hello');
    expect(loaded.ok && loaded.design.runtimeArgs.map((a) => [a.name, a.type])).toEqual([['port', 'int']]);
  });

  it('refuses to overwrite unless --force', async () => {
    writeFileSync(join(t.dir, 'design.json'), 'keep me');
    const r = await run(['import', 'config.ml', '--out', 'design.json'], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already exists (use --force to overwrite)');
    expect(readFileSync(join(t.dir, 'design.json'), 'utf8')).toBe('keep me');
    expect((await run(['import', 'config.ml', '--out', 'design.json', '--force'], t.dir)).code).toBe(0);
    expect(readFileSync(join(t.dir, 'design.json'), 'utf8')).toContain('"generic_stackv4v6"');
  });

  it('exits non-zero on a syntax error, prints line:col and writes nothing', async () => {
    writeFileSync(join(t.dir, 'bad.ml'), 'open Mirage\nlet x = (generic_stackv4v6 default_network\n');
    const r = await run(['import', 'bad.ml', '--out', 'design.json'], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.ml:\d+:\d+: error MC022 Syntax error/);
    expect(r.stderr).toContain('not imported');
    expect(() => readFileSync(join(t.dir, 'design.json'))).toThrow();
  });

  it('prints diagnostics with line:col for problems inside a readable file', async () => {
    writeFileSync(join(t.dir, 'typo.ml'), `${CONFIG}let s2 = generic_stackv4v7 default_network\n`);
    const r = await run(['import', 'typo.ml', '--out', '-'], t.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('typo.ml:9:10: error MC016 Unknown device or value `generic_stackv4v7`');
    expect(JSON.parse(r.stdout).format).toBe(DESIGN_FORMAT);
  });

  it('uses --mirage-version for files without a header, and rejects unknown versions', async () => {
    writeFileSync(join(t.dir, 'old.ml'), 'open Mirage\nlet s = socket_stackv4 ()\nlet () = register "x" []\n');
    const r = await run(['import', 'old.ml', '--out', '-', '--mirage-version', '4.0.0'], t.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mirage).toBe('4.0.0');
    expect((await run(['import', 'old.ml', '--out', '-', '--mirage-version', '9.9.9'], t.dir)).code).toBe(2);
  });
});

describe('mirage-composer import + export keep config.ml as written', () => {
  const WRITTEN = [
    '(* mirage >= 4.5.0 & < 4.8.0 *)\r\n',
    'open Mirage\r\n',
    '\r\n',
    '(* the AES key the unikernel reads; ours is called aes_ccm_key *)\r\n',
    'let key : string option runtime_arg =\r\n',
    '  Runtime_arg.create ~pos:__POS__ "Unikernel.aes_ccm_key"\r\n',
    '\r\n',
    'let stack   =   generic_stackv4v6 (* odd spacing, kept *) default_network\r\n',
    'let main = main "Unikernel.Make" (stackv4v6 @-> job) ~runtime_args:[ Runtime_arg.v key ]\r\n',
    'let () = register "hello" [ main $ stack ]\r\n',
  ].join('');

  it('gives back the file byte for byte, CRLF and the header range included, and writes the composer data beside it', async () => {
    writeFileSync(join(t.dir, 'config.ml'), WRITTEN);
    expect((await run(['import', 'config.ml', '--out', 'design.json'], t.dir)).code).toBe(0);
    const r = await run(['export', 'design.json', '--out', 'out'], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(t.dir, 'out', 'config.ml'), 'utf8')).toBe(WRITTEN);
    const sidecar = JSON.parse(readFileSync(join(t.dir, 'out', 'config.composer.json'), 'utf8'));
    expect(sidecar.runtimeArgs).toEqual([{ name: 'aes_ccm_key', type: 'string option' }]);
    // The unikernel.ml skeleton reads the runtime argument by the name config.ml gives it.
    expect(readFileSync(join(t.dir, 'out', 'unikernel.ml'), 'utf8')).toContain('aes_ccm_key');
  });

  it('reads config.composer.json next to config.ml (positions, target)', async () => {
    writeFileSync(join(t.dir, 'config.ml'), WRITTEN);
    writeFileSync(join(t.dir, 'config.composer.json'), JSON.stringify({ format: 1, target: 'hvt', positions: { stack: { x: 12, y: 34 } }, runtimeArgs: [] }));
    const r = await run(['import', 'config.ml', '--out', 'design.json'], t.dir);
    expect(r.stdout).toContain('composer data from config.composer.json');
    const d = JSON.parse(readFileSync(join(t.dir, 'design.json'), 'utf8'));
    expect(d.target).toBe('hvt');
    expect(d.devices.find((x: { name: string }) => x.name === 'stack').position).toEqual({ x: 12, y: 34 });
  });

  it('refuses a byte that is not UTF-8, with its line and column, and writes nothing', async () => {
    const latin1 = Buffer.concat([Buffer.from('open Mirage\nlet s = direct_kv_ro "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    writeFileSync(join(t.dir, 'latin1.ml'), latin1);
    const r = await run(['import', 'latin1.ml', '--out', 'design.json'], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/latin1\.ml:2:26: error MC022 Byte 0xE9 is not UTF-8 text/);
    expect(() => readFileSync(join(t.dir, 'design.json'))).toThrow();
  });
});

describe('import --out never writes through a symbolic link (issue 9, item 9)', () => {
  it('refuses a planted design.json link, even with --force', async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'config.ml'), 'open Mirage\nlet main = main "Unikernel" job\nlet () = register "hello" [ main ]\n');
      writeFileSync(join(t.dir, 'outside.json'), 'precious');
      symlinkSync('outside.json', join(t.dir, 'design.json'));
      const r = await run(['import', 'config.ml', '--out', 'design.json', '--force'], t.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('symbolic link');
      expect(readFileSync(join(t.dir, 'outside.json'), 'utf8')).toBe('precious');
    } finally {
      t.cleanup();
    }
  });
});
