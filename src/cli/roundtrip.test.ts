import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempDir } from './testkit';

const CORPUS = fileURLToPath(new URL('../core/preserve/corpus/', import.meta.url));
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.ml')).sort();


let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

/** `import config.ml` then `export design.json`: the config.ml written. */
async function throughCli(text: string): Promise<string> {
  writeFileSync(join(t.dir, 'config.ml'), text);
  const i = await run(['import', 'config.ml', '--out', 'design.json', '--force'], t.dir);
  expect(i.code, i.stderr).toBe(0);
  const e = await run(['export', 'design.json', '--out', 'out', '--force'], t.dir);
  expect(e.code, e.stderr).toBe(0);
  return readFileSync(join(t.dir, 'out', 'config.ml'), 'utf8');
}

describe('mirage-composer import + export: the corpus comes back byte for byte', () => {
  for (const f of files) {
    it(f, async () => {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      expect(await throughCli(text)).toBe(text);
      const crlf = text.replace(/\n/g, '\r\n');
      expect(await throughCli(crlf)).toBe(crlf);
    });
  }

  it('a second round trip reads the composer data the first one wrote', async () => {
    const text = readFileSync(join(CORPUS, 'paf_web.ml'), 'utf8');
    writeFileSync(join(t.dir, 'config.ml'), text);
    await run(['import', 'config.ml', '--out', 'design.json'], t.dir);
    const d = JSON.parse(readFileSync(join(t.dir, 'design.json'), 'utf8'));
    d.target = 'hvt';
    d.devices[0].position = { x: 123, y: 456 };
    writeFileSync(join(t.dir, 'design.json'), JSON.stringify(d));
    await run(['export', 'design.json', '--out', 'out'], t.dir);
    const again = await run(['import', 'out/config.ml', '--out', 'back.json'], t.dir);
    expect(again.stdout).toContain('composer data from out/config.composer.json');
    const back = JSON.parse(readFileSync(join(t.dir, 'back.json'), 'utf8'));
    expect(back.target).toBe('hvt');
    expect(back.devices.find((x: { name: string }) => x.name === d.devices[0].name).position).toEqual({ x: 123, y: 456 });
  });
});
