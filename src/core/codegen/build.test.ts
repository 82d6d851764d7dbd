import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { printBuildSh } from './build';
import { launchCommand, shQuote, shellValue } from './launch';

const HOSTILE = `x'; rm -rf / #$(id)\`id\`"\n`;

const store = (target: string, name = 'store', block = 'storage') =>
  design('4.11.1', target, name)
    .runtimeArg({ name: 'program_block_size', type: 'int', default: '16' })
    .add('disk', 'block_of_file', { arg1: block })
    .add('fs', 'chamelon', { program_block_size: { runtimeArg: 'program_block_size' } })
    .wire('disk', 'fs')
    .add('net', 'default_network')
    .add('eth1', 'netif', { arg1: 'eth1' })
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .main('main', 'Unikernel.Make', ['kv_rw', 'stackv4v6'])
    .wire('fs', 'main')
    .wire('stack', 'main')
    .register('main')
    .build();

/** Runs `sh -c 'printf %s <word>'` to see what the shell makes of a quoted word. */
function shellEcho(word: string): string {
  return execFileSync('/bin/sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
}

describe('build.sh', () => {
  it('is POSIX sh with set -eu, a default target, a mirage check and the build steps', () => {
    const sh = printBuildSh(store('hvt'));
    expect(sh.startsWith('#!/bin/sh\n')).toBe(true);
    expect(sh).toContain('\nset -eu\n');
    expect(sh).toContain('DEFAULT_TARGET=hvt\nTARGET="${1:-$DEFAULT_TARGET}"');
    expect(sh).toContain('command -v mirage');
    expect(sh).toContain('opam install');
    expect(sh.indexOf('mirage configure -t "$TARGET"')).toBeLessThan(sh.indexOf('make depend'));
    expect(sh.indexOf('make depend')).toBeLessThan(sh.indexOf('make build'));
  });

  it('prepares each block_of_file image and formats the chamelon one', () => {
    const sh = printBuildSh(store('hvt'));
    expect(sh).toContain('dd if=/dev/zero of=storage"$IMG_SUFFIX" bs=1M count=16');
    expect(sh).toContain('chamelon format storage"$IMG_SUFFIX" 16');
  });

  it('parses with sh -n even with hostile names, and quotes every user word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-build-'));
    try {
      const sh = printBuildSh(store(HOSTILE, HOSTILE, HOSTILE));
      writeFileSync(join(dir, 'build.sh'), sh);
      execFileSync('/bin/sh', ['-n', join(dir, 'build.sh')]);
      expect(sh).toContain(`DEFAULT_TARGET=${shQuote(HOSTILE)}`);
      expect(sh).not.toMatch(/^[^#']*\$\(id\)/m);
      expect(readFileSync(join(dir, 'build.sh'), 'utf8')).toBe(sh);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('launch command', () => {
  it('runs the unix binary with runtime argument defaults', () => {
    expect(launchCommand(store('unix'))).toBe('./dist/store --program-block-size=16');
  });

  it('attaches every network and block device on solo5', () => {
    expect(launchCommand(store('hvt'))).toBe(
      'solo5-hvt --net:service=tap0 --net:eth1=tap1 --block:storage=storage.img -- dist/store.hvt --ipv4=10.0.0.2/24 --program-block-size=16',
    );
  });

  it('gives an xl hint on xen', () => {
    expect(launchCommand(store('xen'))).toBe('sudo xl create -c store.xl');
  });

  it('shell-quotes user words so the shell sees them unchanged (control characters as _)', () => {
    expect(shellEcho(shQuote(HOSTILE))).toBe(HOSTILE.replace('\n', '_'));
    expect(shellEcho(shQuote(`x'y $(id) \`id\` "z"`))).toBe(`x'y $(id) \`id\` "z"`);
    const cmd = launchCommand(store('hvt', HOSTILE, 'my disk'));
    expect(cmd).toContain(`'--block:my disk=my disk.img'`);
    expect(cmd).toContain(shQuote(`dist/${HOSTILE.trim()}.hvt`));
  });

  it('turns OCaml default literals into shell values', () => {
    expect(shellValue('"db"')).toBe('db');
    expect(shellValue('Some 3')).toBe('3');
    expect(shellValue('None')).toBeNull();
    expect(shellValue('[ "a"; "b" ]')).toBe('a,b');
    expect(shellValue('5L')).toBe('5');
    expect(shellValue('"a\\"b\\\\c\\065"')).toBe('a"b\\cA');
    expect(shellValue('"line\\nbreak"')).toBeNull();
    expect(shellValue('"nul\\000"')).toBeNull();
    expect(shellValue('"tab\tinside"')).toBeNull();
    expect(shellValue('"\\q"')).toBeNull();
  });
});
