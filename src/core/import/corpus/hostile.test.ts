import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testParser } from '../testing/nodeParser';
import { exportProject, launchCommand } from '../../codegen/export';
import { SIDECAR_FILE } from '../../codegen/metadata';
import type { Design } from '../../design/schema';
import { design } from '../../graph/builder';
import { importConfigMl } from '../import';
import type { OcamlParser } from '../parser';

const dir = mkdtempSync(join(tmpdir(), 'mc-hostile-'));
const MARK = join(dir, 'PWNED');

/** Names that would run commands or end strings/comments if printed unescaped. */
const HOSTILE = [
  `x"; touch ${MARK}; echo "`,
  `$(touch ${MARK})`,
  `\`touch ${MARK}\``,
  `'; touch ${MARK}; '`,
  `a\nb*) let () = Sys.command "touch ${MARK}" |> ignore (* c`,
  `*) (* {|x|} |} "`,
  `\\"\\\\ %s %n \u0007 é 🐫`,
  `-rf --help ; & | > ${MARK}`,
];

function hostileDesign(evil: string): Design {
  const d = design('4.11.1', 'unix', evil)
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6', { group: evil })
    .wire('net', 'stack')
    .add('kv', 'direct_kv_ro', { arg1: evil })
    .main('main', evil, ['stackv4v6', 'kv_ro'], { packages: [{ name: evil, min: evil }] })
    .wire('stack', 'main')
    .wire('kv', 'main')
    .register('main')
    .runtimeArg({ name: 'port', type: 'int', default: '8080', doc: evil })
    .set('description', evil)
    .build();
  d.devices[0]!.name = evil;
  return d;
}

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
  // Stub `mirage` and `make` so build.sh runs end to end without building anything.
  for (const tool of ['mirage', 'make']) {
    writeFileSync(join(dir, tool), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, tool), 0o755);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile names never escape their quoting', () => {
  for (const evil of HOSTILE) {
    it(JSON.stringify(evil).slice(0, 40), () => {
      const d = hostileDesign(evil);
      const files = exportProject(d);
      const config = files.find((f) => f.path === 'config.ml')!.contents;
      const sidecar = files.find((f) => f.path === SIDECAR_FILE)!.contents;
      // OCaml: the file parses and reads back with every hostile text as data, nothing extra as code
      // (the composer data — description, docs — comes back from config.composer.json).
      const r = importConfigMl(config, parser, { sidecar });
      expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
      if (!r.ok) return;
      expect(r.kept).toEqual([]);
      expect(r.design.name).toBe(evil);
      expect(r.design.description).toBe(evil);
      expect(r.design.devices.find((x) => x.device === 'direct_kv_ro')?.params.arg1).toBe(evil);
      expect(r.design.devices.find((x) => x.device === 'generic_stackv4v6')?.params.group).toBe(evil);
      const main = r.design.devices.find((x) => x.device === 'main')!;
      expect(main.params.module).toBe(evil);
      expect(main.params.packages).toEqual([{ name: evil, min: evil }]);
      expect(r.design.runtimeArgs[0]?.doc).toBe(evil);
      expect(r.design.devices.filter((x) => x.device === 'register')).toHaveLength(1);
      // Shell: build.sh is valid sh and running it (with stub tools) never runs the hostile text.
      const sh = join(dir, 'build.sh');
      writeFileSync(sh, files.find((f) => f.path === 'build.sh')!.contents);
      expect(spawnSync('sh', ['-n', sh]).status).toBe(0);
      for (const target of ['unix', 'hvt', 'xen']) {
        const run = spawnSync('sh', [sh, target], { cwd: dir, env: { PATH: `${dir}:/usr/bin:/bin` }, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
      }
      const launch = launchCommand(d);
      spawnSync('sh', ['-c', launch], { cwd: dir, env: { PATH: `${dir}:/usr/bin:/bin` } });
      expect(existsSync(MARK)).toBe(false);
    });
  }

  it('a NUL byte in names stays data in config.ml', () => {
    const evil = `a\u0000"; touch ${MARK}`;
    const files = exportProject(hostileDesign(evil));
    const r = importConfigMl(files.find((f) => f.path === 'config.ml')!.contents, parser, { sidecar: files.find((f) => f.path === SIDECAR_FILE)!.contents });
    expect(r.ok && [r.design.name, r.kept.length]).toEqual([evil, 0]);
  });
});
