import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { design } from '../graph/builder';
import { printBuildSh } from './build';
import { exportProject, launchCommand } from './export';

/** NUL, newline, CR, tab, DEL, a C1 control, command substitutions, backticks and both quotes. */
const NASTY = "a\u0000b\nc\rd\te\u007f\u0085 $(touch pwned1) `touch pwned2` 'q' \"dq\"";
/** A control character, checked here independently of the code under test. */
const control = (c: string) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f);
/** NASTY without its control characters, and with each as `_`. */
const PLAIN = Array.from(NASTY).filter((c) => !control(c)).join('');
const UNDERSCORED = Array.from(NASTY, (c) => (control(c) ? '_' : c)).join('');
const noControls = (line: string) => !Array.from(line).some(control);
/** True when a text holds a control character other than the line breaks between its lines. */
const hasControls = (text: string) => !text.split('\n').every(noControls);

const nasty = (target: string) =>
  design('4.11.1', target, NASTY)
    .runtimeArg({ name: 'greeting', type: 'string', default: '"hello\\nworld"' })
    .runtimeArg({ name: 'nul', type: 'string', default: '"x\\000y"' })
    .runtimeArg({ name: 'plain', type: 'string', default: `"${PLAIN.replace(/"/g, '\\"')}"` })
    .add('disk', 'block_of_file', { arg1: NASTY })
    .add('fs', 'chamelon')
    .wire('disk', 'fs')
    .add('eth', 'netif', { arg1: NASTY })
    .add('stack', 'generic_stackv4v6', { ipv4_network: NASTY })
    .wire('eth', 'stack')
    .main('main', 'Unikernel.Make', ['kv_rw', 'stackv4v6'])
    .wire('fs', 'main')
    .wire('stack', 'main')
    .register('main')
    .build();

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('launch command and build.sh with control characters and shell syntax in names', () => {
  const targets = [...catalogFor('4.11.1').targets];

  it('never contain a raw control character, for every target', () => {
    for (const t of targets) {
      const cmd = launchCommand(nasty(t));
      expect(noControls(cmd), t).toBe(true);
      const sh = printBuildSh(nasty(t));
      expect(hasControls(sh), t).toBe(false);
    }
    for (const f of exportProject(nasty('hvt')).filter((x) => x.path !== 'config.ml' && x.path !== 'unikernel.ml')) {
      expect(hasControls(f.contents), f.path).toBe(false);
    }
  });

  it('leaves out default flags whose value holds a control character, keeps the others verbatim', () => {
    const cmd = launchCommand(nasty('unix'));
    expect(cmd).not.toContain('--greeting');
    expect(cmd).not.toContain('--nul');
    expect(cmd).toContain(`'--plain=ab`);
  });

  it('runs: the unix command reaches the binary with its words intact, build.sh runs nothing from a name', () => {
    dir = mkdtempSync(join(tmpdir(), 'mc-launch-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const tool of ['mirage', 'make', 'dd']) {
      writeFileSync(join(bin, tool), '#!/bin/sh\nexit 0\n');
      chmodSync(join(bin, tool), 0o755);
    }
    const cmd = launchCommand(nasty('unix'));
    const name = UNDERSCORED;
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', name), '#!/bin/sh\nfor a in "$@"; do printf "[%s]" "$a"; done\n');
    chmodSync(join(dir, 'dist', name), 0o755);
    const out = execFileSync('/bin/sh', ['-c', cmd], { cwd: dir, encoding: 'utf8' });
    expect(out).toBe(`[--plain=${PLAIN}]`);
    writeFileSync(join(dir, 'build.sh'), printBuildSh(nasty('hvt')));
    const log = execFileSync('/bin/sh', [join(dir, 'build.sh'), 'unix'], { cwd: dir, encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(log).toContain('Run it with:');
    expect(log).toContain(`./dist/${name}`.slice(0, 12));
    expect(existsSync(join(dir, 'pwned1')) || existsSync(join(dir, 'pwned2'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('pwned'))).toEqual([]);
  });
});
