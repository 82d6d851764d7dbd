import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DesignExplanation } from '../core/explain/index';
import { loadDesign } from '../core/design/load';
import type { Design } from '../core/design/schema';
import { design as builder } from '../core/graph/builder';
import { isSolo5 } from '../core/facts/targets';
import { deviceFacts, flagDefinition } from '../core/reference/runtime';
import { REPO_ROOT, examplePath, run, tempDir } from './testkit';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const examples = (JSON.parse(readFileSync(join(REPO_ROOT, 'public', 'examples', 'index.json'), 'utf8')) as { id: string }[]).map((e) => e.id);
const load = (id: string): Design => {
  const r = loadDesign(readFileSync(examplePath(id), 'utf8'));
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.design;
};
const explainJson = async (args: string[]) => {
  const r = await run(['explain', ...args, '--json'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as DesignExplanation;
};

/** Every spelling the facts allow for a flag of a device at a release: its names, group-prefixed or not. */
function factSpellings(device: string, d: Design, group: string): Set<string> {
  const f = deviceFacts(device, d.mirage);
  const out = new Set<string>();
  for (const x of [...(f?.runtimeFlags ?? []), ...(f?.configureKeys ?? [])]) {
    for (const n of x.flags) out.add(`--${x.groupPrefix && group ? `${group}-${n}` : n}`).add(`-${n}`);
  }
  const analyze = flagDefinition('Runtime_arg.analyze', d.mirage);
  if (device === 'docteur' && analyze) analyze.flags.forEach((n) => out.add(`--${n}`));
  return out;
}

describe('mirage-composer explain: every example, against the facts of its release and target', () => {
  for (const id of examples) {
    for (const which of ['own', 'hvt'] as const) {
      it(`${id} (${which === 'own' ? 'its own target' : 'hvt'})`, async () => {
        const d = load(id);
        const target = which === 'own' ? d.target : 'hvt';
        const e = await explainJson([examplePath(id), ...(which === 'hvt' ? ['--target', 'hvt'] : [])]);
        expect(e).toMatchObject({ version: d.mirage, target });
        const byBinding = new Map(d.devices.map((x) => [x.name, x]));
        const used = e.devices.map((x) => d.devices.find((y) => y.id === x.instance)!);

        // Flags: each is spelled as the facts of its device spell it (with the device's group), or is the
        // unikernel's own runtime argument; each used device's flags all appear.
        for (const f of e.flags) {
          if (f.from === 'unikernel.ml') {
            expect(d.runtimeArgs.map((a) => `--${a.name.replace(/_/g, '-')}`)).toContain(f.flag);
            continue;
          }
          for (const b of f.from.split(', ')) {
            const inst = byBinding.get(b)!;
            const group = typeof inst.params.group === 'string' ? inst.params.group : '';
            expect(factSpellings(inst.device, d, group), `${f.flag} of ${b}`).toContain(f.flag);
          }
        }
        for (const x of e.devices) for (const f of x.flags) expect(e.flags.map((g) => g.flag)).toContain(f.flag);
        const ownArgs = new Set(used.flatMap((x) => Object.values(x.params)).flatMap((v) => (v && typeof v === 'object' && 'runtimeArg' in v ? [v.runtimeArg] : [])));
        for (const a of d.runtimeArgs.filter((x) => ownArgs.has(x.name))) expect(e.flags.map((f) => f.flag)).toContain(`--${a.name.replace(/_/g, '-')}`);

        // Packages: each is a package of a used device's facts (same bounds and sublibraries); the facts'
        // packages that no other target family claims all appear.
        const factPackages = used.flatMap((x) => deviceFacts(x.device, d.mirage)?.packages ?? []);
        for (const p of e.packages) expect(factPackages).toContainEqual(p);
        const own = isSolo5(target) ? ['solo5'] : target === 'unix' || target === 'macosx' ? [target] : target === 'qubes' ? ['xen', 'qubes'] : target === 'xen' ? ['xen'] : ['unikraft'];
        const other = new RegExp(`-(${['unix', 'macosx', 'solo5', 'xen', 'qubes', 'unikraft'].filter((f) => !own.includes(f)).join('|')})(-|$)`);
        for (const p of factPackages) if (!other.test(p.name)) expect(e.packages.map((q) => q.name)).toContain(p.name);

        // Device names: on solo5 targets the default network is `service` (the facts' manifest name), a netif or
        // a block_of_file declares its own argument.
        if (isSolo5(target)) {
          const expected = used.flatMap((x) => {
            if (x.device === 'default_network') {
              const nn = deviceFacts('default_network', d.mirage)?.networkNames?.default_network as Record<string, string>;
              return [`network ${Object.entries(nn).find(([k]) => k.startsWith('solo5'))![1]}`];
            }
            if (x.device === 'netif' || x.device === 'block_of_file') return [`${x.device === 'netif' ? 'network' : 'block'} ${String(x.params.arg1)}`];
            return [];
          });
          expect(e.names.map((n) => `${n.kind} ${n.name}`).sort()).toEqual(expected.sort());
        }
      });
    }
  }
});

describe('mirage-composer explain: text, devices and errors', () => {
  it('prints the account, the flags and the launch line', async () => {
    const r = await run(['explain', examplePath('http-server'), '--target', 'hvt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^http_server — Mirage 4\.11\.1, target hvt\n/);
    expect(r.stdout).toMatch(/On hvt it needs one network device named service\./);
    expect(r.stdout).toMatch(/^ {2}--port +int; default 8080 {2}\(unikernel\.ml\)$/m);
    expect(r.stdout).toMatch(/^Launch:\n {2}solo5-hvt --net:service=/m);
  });

  it('--device explains one device, with its history', async () => {
    const r = await run(['explain', examplePath('legacy-4.8'), '--device', 'reporter'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^reporter \(default_reporter\) — Mirage 4\.8\.0, target unix/);
    expect(r.stdout).toMatch(/--logs .*also -l/);
    expect(r.stdout).toMatch(/4\.9\.0: argument \?clock removed/);
    const j = JSON.parse((await run(['explain', examplePath('legacy-4.8'), '-d', 'reporter', '--json'], dir)).stdout) as { device: string };
    expect(j.device).toBe('default_reporter');
  });

  it('refuses a target the release does not have, and an unknown device', async () => {
    const r = await run(['explain', examplePath('legacy-4.5'), '--target', 'unikraft-qemu'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Mirage 4\.5\.1 has no target `unikraft-qemu`/);
    const r2 = await run(['explain', examplePath('hello'), '--device', 'nope'], dir);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/no device named `nope`/);
  });

  it('explains a design with errors but says so on stderr', async () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(builder('4.11.1', 'unix', 'b').add('net', 'default_network').main('main', 'Unikernel.Make', ['stackv4v6']).register('main').build()));
    const r = await run(['explain', 'broken.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: the design has 1 error/);
    expect(r.stdout).toMatch(/Nothing is wired into its stackv4v6 parameter yet/);
  });
});
