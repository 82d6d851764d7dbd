import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { design } from '../core/graph/builder';
import { examplePath, run, tempDir } from './testkit';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const unwired = () =>
  design('4.11.1', 'unix', 'broken').add('net', 'default_network').main('main', 'Unikernel.Make', ['stackv4v6']).register('main').build();

describe('mirage-composer check', () => {
  it('accepts a valid example with exit 0 and no error lines', async () => {
    const r = await run(['check', examplePath('http-server')], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/: error MC\d{3} /);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/http-server\.json: (ok|0 errors, \d+ warnings?)$/);
  });

  it('prints each error as `file: severity CODE message (instance.port)` and exits 1', async () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(unwired()));
    const r = await run(['check', 'broken.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.json: error MC001 .+ \(main\.arg1\)/m);
    expect(r.stdout).toMatch(/broken\.json: [1-9]\d* errors?, \d+ warnings?\n$/);
  });

  it('--json gives the same diagnostics as data', async () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(unwired()));
    const r = await run(['check', 'broken.json', '--json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; loaded: boolean; errors: number; diagnostics: { code: string; instance?: string; port?: string }[] };
    expect(out.file).toBe('broken.json');
    expect(out.loaded).toBe(true);
    expect(out.errors).toBeGreaterThan(0);
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ code: 'MC001', instance: 'main', port: 'arg1' }));
  });

  it('reports malformed JSON as an error line, not a stack trace', async () => {
    writeFileSync(join(dir, 'bad.json'), '{ "format": 1, ');
    const r = await run(['check', 'bad.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.json(:\d+(:\d+)?)?: error MC\d{3} /m);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing file is one line on stderr and exit 1', async () => {
    const r = await run(['check', 'nope.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mirage-composer: cannot read nope.json: no such file\n');
  });

  it('has --help', async () => {
    const r = await run(['check', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: mirage-composer check [options] <design.json>');
    expect(r.stdout).toContain('--json');
  });
});
