import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importConfigMl } from '../import/import';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import type { Design } from '../design/schema';
import { design } from '../graph/builder';
import { printBuildSh } from './build';
import { admittedReleases, buildEras } from './eras';
import { printConfigMl } from './config';
import { launchCommand } from './launch';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

/** A hand-written config.ml whose header admits releases with three different DHCP switches. */
const TEXT = `(* mirage >= 4.8.0 & < 4.12.0 *)
open Mirage

let stack = generic_stackv4v6 default_network
let main = main "Unikernel.Make" (stackv4v6 @-> job)
let () = register "resolve" [ main $ stack ]
`;

function imported(): Design {
  const r = importConfigMl(TEXT, parser);
  if (!r.ok) throw new Error(r.diagnostics.map((x) => x.message).join('; '));
  return r.design;
}

describe('build.sh for every release the header admits', () => {
  it('keeps the header the user wrote and plans each group of releases on its own', () => {
    const d = imported();
    expect(printConfigMl(d).text).toBe(TEXT);
    const admitted = admittedReleases(d);
    expect([admitted.min, admitted.max]).toEqual(['4.8.0', '4.12.0']);
    expect(admitted.releases[0]).toBe('4.8.0');
    expect(admitted.releases.at(-1)).toBe('4.11.1');
    const eras = buildEras(d, ['unix']);
    const flags = (v: string) => eras.find((e) => e.releases.includes(v as never))!.plans[0]!.configureFlags;
    expect(flags('4.8.0')).toEqual([]);
    expect(flags('4.10.4')).toEqual([]);
    expect(flags('4.10.5')).toEqual(['--dhcp=false']);
    expect(flags('4.11.1')).toEqual(['--no-dhcp']);
    // Every admitted release is in exactly one group.
    expect(eras.flatMap((e) => e.releases).sort()).toEqual([...admitted.releases].sort());
    const sh = printBuildSh(d);
    expect(sh).toContain("opam install 'mirage>=4.8.0' 'mirage<4.12.0'");
    expect(sh).toMatch(/case "\$\{MIRAGE_VERSION#v\}" in\n {2}4\.8\.0\|4\.8\.1\|4\.8\.2\|4\.9\.0\|4\.10\.0\|4\.10\.1\|4\.10\.2\|4\.10\.3\|4\.10\.4\) ERA=2 ;;\n {2}4\.10\.5\|4\.10\.6\) ERA=3 ;;\n {2}\*\) ERA=1 ;;/);
  });

  it('a generated design has one group: its header is its valid span', () => {
    const d = design('4.11.1', 'unix').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack').main('main', 'Unikernel.Make', ['stackv4v6']).wire('stack', 'main').register('main').build();
    expect(buildEras(d, ['unix', 'hvt'])).toHaveLength(1);
    expect(printBuildSh(d)).not.toContain('MIRAGE_VERSION');
  });

  it('runs with the flags of the installed release (a fake mirage on PATH), and is clean under shellcheck', () => {
    const d = imported();
    const dir = mkdtempSync(join(tmpdir(), 'mc-eras-'));
    try {
      const sh = join(dir, 'build.sh');
      writeFileSync(sh, printBuildSh(d));
      execFileSync('shellcheck', ['-s', 'sh', sh]);
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      // `mirage --version` prints the release; `mirage configure …` records its arguments; make does nothing.
      writeFileSync(join(bin, 'mirage'), '#!/bin/sh\nif [ "$1" = --version ]; then echo "$FAKE_VERSION"; exit 0; fi\necho "$@" > "$LOG"\n');
      writeFileSync(join(bin, 'make'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(bin, 'mirage'), 0o755);
      chmodSync(join(bin, 'make'), 0o755);
      const configure = (version: string) => {
        const log = join(dir, 'log');
        execFileSync('/bin/sh', [sh, 'unix'], { cwd: dir, env: { PATH: `${bin}:/usr/bin:/bin`, FAKE_VERSION: version, LOG: log } });
        return readFileSync(log, 'utf8').trim();
      };
      expect(configure('4.8.0')).toBe('configure -t unix');
      expect(configure('4.10.5')).toBe('configure -t unix --dhcp=false');
      expect(configure('4.11.1')).toBe('configure -t unix --no-dhcp');
      expect(configure('v4.11.0')).toBe('configure -t unix --no-dhcp');
      // A mirage that does not say its release (a development build) gets the design's own.
      expect(configure('%%VERSION%%')).toBe('configure -t unix --no-dhcp');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the launch line of a design read from config.ml', () => {
  it('leaves a runtime argument without a known default to the user\'s unikernel.ml (no placeholder that would not parse)', () => {
    const text = `(* mirage >= 4.9.0 & < 4.12.0 *)
open Mirage

let port = Runtime_arg.create ~pos:__POS__ "Unikernel.port"
let main = main ~runtime_args:[ port ] "Unikernel.Main" job
let () = register "minipaf" [ main ]
`;
    const r = importConfigMl(text, parser);
    if (!r.ok) throw new Error('import failed');
    expect(launchCommand(r.design)).toBe('./dist/minipaf');
    // The same argument in a design made in the composer is required by its unikernel.ml skeleton: a placeholder says so.
    const { source: _source, ...made } = r.design;
    expect(launchCommand(made)).toBe('./dist/minipaf --port=CHANGE_ME');
  });
});
