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

  it('prepares each block_of_file image (NAME.img on solo5, the name itself where Mirage opens that path) and formats the chamelon one', () => {
    const sh = printBuildSh(store('hvt'));
    expect(sh).toContain('dd if=/dev/zero of=storage.img bs=1M count=16');
    expect(sh).toContain('chamelon format storage.img 512 --program-block-size 16');
    expect(sh).toContain('dd if=/dev/zero of=storage bs=1M count=16');
    expect(sh).toContain('chamelon format storage 512 --program-block-size 16');
    expect(sh).not.toMatch(/chamelon format \S+ 16\b/);
  });

  it('configures the stack an ordinary user can run, per release: nothing up to 4.10.4, --dhcp=false at 4.10.5, --no-dhcp from 4.11.0', () => {
    const flags = (v: '4.10.4' | '4.10.5' | '4.11.1') => printBuildSh({ ...store('unix'), mirage: v });
    expect(flags('4.10.4')).not.toContain('CONFIGURE_FLAGS=-');
    expect(flags('4.10.5')).toMatch(/unix\|[^)]*\)\n\s+CONFIGURE_FLAGS=--dhcp=false/);
    expect(flags('4.11.1')).toMatch(/unix\|[^)]*\)\n\s+CONFIGURE_FLAGS=--no-dhcp/);
    expect(flags('4.11.1')).toContain('mirage configure -t "$TARGET" $CONFIGURE_FLAGS');
  });

  it('is clean under shellcheck', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-build-'));
    try {
      for (const d of [store('hvt'), store('unix'), { ...store('hvt'), mirage: '4.5.1' as const }]) {
        writeFileSync(join(dir, 'build.sh'), printBuildSh(d));
        execFileSync('shellcheck', ['-s', 'sh', join(dir, 'build.sh')]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it('attaches every network and block device the unikernel declares, under its manifest name, on solo5', () => {
    const reached = design('4.11.1', 'hvt', 'store')
      .runtimeArg({ name: 'program_block_size', type: 'int', default: '16' })
      .add('disk', 'block_of_file', { arg1: 'storage' })
      .add('fs', 'chamelon', { program_block_size: { runtimeArg: 'program_block_size' } })
      .wire('disk', 'fs')
      .add('net', 'default_network')
      .add('eth1', 'netif', { arg1: 'eth1' })
      .add('stack', 'generic_stackv4v6')
      .wire('net', 'stack')
      .add('stack2', 'generic_stackv4v6', { group: 'two' })
      .wire('eth1', 'stack2')
      .main('main', 'Unikernel.Make', ['kv_rw', 'stackv4v6', 'stackv4v6'])
      .wire('fs', 'main')
      .wire('stack', 'main')
      .wire('stack2', 'main')
      .register('main')
      .build();
    expect(launchCommand(reached)).toBe('solo5-hvt --net:service=tap0 --net:eth1=tap1 --block:storage=storage.img -- dist/store.hvt --program-block-size=16');
    // A network nothing configures (eth1 is not wired into anything register reaches) is not in the manifest.
    expect(launchCommand(store('hvt'))).toBe('solo5-hvt --net:service=tap0 --block:storage=storage.img -- dist/store.hvt --program-block-size=16');
  });

  it('attaches docteur\'s image under its manifest name (docteur from 4.5.0, disk before)', () => {
    const doc = (v: '4.4.2' | '4.11.1') => design(v, 'hvt', 'site').add('kv', 'docteur', { arg1: 'https://example.com/site.git' }).main('main', 'Unikernel.Make', ['kv_ro']).wire('kv', 'main').register('main').build();
    expect(launchCommand(doc('4.11.1'))).toBe('solo5-hvt --block:docteur=dist/disk.img -- dist/site.hvt');
    expect(launchCommand(doc('4.4.2'))).toBe('solo5-hvt --block:disk=dist/disk -- dist/site.hvt');
  });

  it('uses the .xl file Mirage writes on xen, and says so where the facts give no command', () => {
    expect(launchCommand(store('xen'))).toBe('xl create -c dist/store.xl');
    expect(launchCommand(store('muen'))).toMatch(/^# dist\/store\.muen: start it with the muen tooling/);
    expect(launchCommand({ ...store('unikraft-qemu'), mirage: '4.11.1' })).toMatch(/^# dist\/store\.qemu: /);
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
