import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import type { Design } from '../design/schema';
import { sealSource } from '../design/source';
import { importConfigMl } from '../import/import';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import { designDiagnostics } from './check';
import { graphShape } from './testing';

const H = '(* mirage >= 4.11.0 & < 4.12.0 *)\nopen Mirage\n\n';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

function read(text: string): Design {
  const r = importConfigMl(text, parser);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return structuredClone(r.design);
}
const named = (d: Design, n: string) => d.devices.find((x) => x.name === n)!;
const means = (text: string, d: Design) => expect(graphShape(read(text))).toEqual(graphShape(d));

describe('when the text cannot be kept, config.ml is written anew and the design says so', () => {
  it('a kept config.ml edited outside the composer (its checksum does not match)', () => {
    const d = read(`${H}let net = default_network\nlet () = register "x" []\n`);
    d.source!.text = d.source!.text.replace('default_network', 'netif "x"');
    const printed = printConfigMl(d);
    expect(printed.text).toContain('let net = default_network');
    expect(printed.notes).toEqual([expect.objectContaining({ code: 'MC031', message: expect.stringContaining('checksum') })]);
  });

  it('a source map that does not fit its text (a hand-made design file)', () => {
    const d = read(`${H}let net = default_network\nlet () = register "x" []\n`);
    d.source!.items[0]!.span = [0, 10_000];
    d.source = sealSource(d.source!);
    const printed = printConfigMl(d);
    expect(printed.text).toContain('let () = register "x" []');
    expect(printed.notes).toEqual([expect.objectContaining({ code: 'MC031', severity: 'warning', message: expect.stringContaining('written anew') })]);
    expect(designDiagnostics(d)).toContainEqual(expect.objectContaining({ code: 'MC031' }));
  });

  it('a `main` applied in two places whose definition changed', () => {
    const d = read(`${H}let m = main "U.Make" (network @-> job)\nlet () = register "x" [ m $ default_network; m $ netif "tap0" ]\n`);
    for (const x of d.devices.filter((y) => y.device === 'main')) x.params.module = 'V.Make';
    const printed = printConfigMl(d);
    expect(printed.notes[0]?.message).toContain('a `main` applied in two places');
    means(printed.text, d);
  });
});

describe('names', () => {
  it('a rename to a name a local of a using item has keeps the old name, and says so', () => {
    const text = `${H}let net = default_network\nlet stack = let s = 1 in ignore s; generic_stackv4v6 net\nlet () = register "x" []\n`;
    const d = read(text);
    named(d, 'net').name = 's';
    const printed = printConfigMl(d);
    expect(printed.text).toBe(text);
    expect(printed.notes).toEqual([expect.objectContaining({ code: 'MC031', message: expect.stringContaining('`net` keeps its name') })]);
  });

  it('a new device never takes a name the file uses (top level, local, or a Mirage value it mentions)', () => {
    const text = `${H}let tcp = let stack = generic_stackv4v6 default_network in tcpv4v6_of_stackv4v6 stack\nlet main = main "U.Make" (tcpv4v6 @-> stackv4v6 @-> job)\nlet () = register "x" [ main $ tcp ]\n`;
    const d = read(text);
    d.devices.push({ id: 'n', device: 'generic_stackv4v6', name: 'stack', params: {}, position: { x: 0, y: 0 } }, { id: 'nn', device: 'netif', name: 'default_network', params: { arg1: 'tap1' }, position: { x: 0, y: 0 } });
    d.wires.push({ id: 'w1', from: 'nn', to: 'n', port: 'arg1' }, { id: 'w2', from: 'n', to: named(d, 'main').id, port: 'arg2' });
    const out = printConfigMl(d).text;
    expect(out).toContain('let stack_2 = generic_stackv4v6 default_network_2');
    expect(out).toContain('let default_network_2 = netif "tap1"');
    expect(out).toContain('[ main $ tcp $ stack_2 ]');
    means(out, d);
  });
});

describe('line endings and layout', () => {
  it('new lines in a CRLF file are CRLF', () => {
    const text = `${H}let stack = generic_stackv4v6 default_network\nlet main = main "U.Make" (stackv4v6 @-> job)\nlet () = register "x" [ main $ stack ]\n`.replace(/\n/g, '\r\n');
    const d = read(text);
    d.devices.push({ id: 'kv', device: 'crunch', name: 'site', params: { arg1: 'htdocs' }, position: { x: 0, y: 0 } });
    d.wires.push({ id: 'w', from: 'kv', to: named(d, 'register').id, port: 'jobs' });
    named(d, 'stack').params.group = 'outer';
    const out = printConfigMl(d).text;
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out).toContain('generic_stackv4v6 ~group:"outer" default_network\r\n');
  });

  it('a device moved after what it now uses (a rewire to a later binding)', () => {
    const text = `${H}let a = generic_stackv4v6 default_network\nlet n2 = netif "tap2"\nlet main = main "U.Make" (stackv4v6 @-> job)\nlet () = register "x" [ main $ a ]\n`;
    const d = read(text);
    const a = named(d, 'a');
    d.wires = d.wires.filter((w) => w.to !== a.id);
    d.wires.push({ id: 'w', from: named(d, 'n2').id, to: a.id, port: 'arg1' });
    const out = printConfigMl(d).text;
    expect(out.indexOf('let n2')).toBeLessThan(out.indexOf('let a ='));
    expect(out).toContain('let a = generic_stackv4v6 n2');
    means(out, d);
  });
});

describe('a hostile or damaged source map', () => {
  it('never breaks export: random offsets in the map give either the kept text or a file written anew, said so', async () => {
    const fc = (await import('fast-check')).default;
    const { exportProject } = await import('../codegen/export');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('./corpus/static_site_tls.ml', import.meta.url), 'utf8');
    const base = read(text);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(2000)), { minLength: 1, maxLength: 12 }), (changes) => {
        const d = structuredClone(base);
        const src = d.source!;
        // Every offset of the map, as a list of [holder, index] to overwrite.
        const spans: number[][] = [...src.items.flatMap((it) => [it.span, it.chunk, ...it.binds.map((b) => b[1]), ...it.refs.map((r) => r[2])]), ...src.instances.flatMap((s) => [s.span, s.bind, s.use, ...s.args.flatMap(([, a]) => [a.span, a.value])].filter((x): x is [number, number] => !!x))];
        for (const [which, value] of changes) {
          const s = spans[which % spans.length]!;
          s[which % 2] = value;
        }
        d.source = sealSource(src);
        d.devices.find((x) => x.name === 'pages')!.params.arg1 = 'www';
        const files = exportProject(d);
        const config = files.find((f) => f.path === 'config.ml')!.contents;
        expect(config.length).toBeGreaterThan(0);
        const r = importConfigMl(config, parser);
        expect(r.ok, config).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
