import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printBuildSh } from '../core/codegen/build';
import { launchPlan } from '../core/codegen/launch';
import { loadDesign } from '../core/design/load';
import { examplePath, run, tempDir } from './testkit';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('mirage-composer launch', () => {
  it('prints the command build.sh prints, for the design\'s target or another', async () => {
    const r = await run(['launch', examplePath('http-server')], dir);
    expect(r.code).toBe(0);
    const loaded = loadDesign(readFileSync(examplePath('http-server'), 'utf8'));
    if (!loaded.ok) throw new Error('example does not load');
    expect(r.stdout).toBe(`${launchPlan(loaded.design).command}\n`);
    expect(printBuildSh(loaded.design)).toContain(launchPlan(loaded.design).command.replace(/'/g, "'\\''"));
    const hvt = await run(['launch', examplePath('http-server'), '--target', 'hvt'], dir);
    expect(hvt.stdout).toMatch(/^solo5-hvt --net:service=tap0 -- dist\/\S+\.hvt/);
  });

  it('--json gives the configure flags the command assumes', async () => {
    const r = await run(['launch', examplePath('http-server'), '--target', 'unix', '--json'], dir);
    const plan = JSON.parse(r.stdout) as { configureFlags: string[]; command: string; mirage: { min: string; max: string } };
    expect(plan.configureFlags).toEqual(['--no-dhcp']);
    expect(plan.command).toMatch(/^\.\/dist\//);
    expect(plan.mirage.max).toBe('4.11.2');
  });

  it('refuses a target the release does not have, with one line and exit 1', async () => {
    const r = await run(['launch', examplePath('http-server'), '--target', 'pdp11'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mirage-composer: unknown target "pdp11" for Mirage 4\.11\.1/);
  });
});
