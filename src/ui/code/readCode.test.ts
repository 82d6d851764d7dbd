import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../../core/codegen/config';
import type { Design } from '../../core/design/schema';
import type { OcamlParser } from '../../core/import/parser';
import { testParser } from '../../core/import/testing/nodeParser';
import { readCode } from './readCode';

let parser: OcamlParser;
let http: Design;
let text: string;
beforeAll(async () => {
  parser = await testParser();
  http = JSON.parse(readFileSync(new URL('../../../public/examples/http-server.json', import.meta.url), 'utf8')) as Design;
  text = printConfigMl(http).text;
});

describe('readCode', () => {
  it('the generated config.ml means the current design', () => {
    expect(readCode(text, parser, http).kind).toBe('same');
  });

  it('a syntax error gives errors with a line', () => {
    const r = readCode(text.replace('let tcp =', 'let tcp = ('), parser, http);
    expect(r.kind).toBe('errors');
    expect(r.diagnostics.some((d) => d.severity === 'error' && d.line !== undefined)).toBe(true);
  });

  it('a type error gives errors (the graph must not change)', () => {
    const r = readCode(text.replace('paf_server ~port tcp', 'paf_server ~port net'), parser, http);
    expect(r.kind).toBe('errors');
    expect(r.diagnostics.map((d) => d.code)).toContain('MC004');
  });

  it('a renamed binding and a new device change the design, keeping ids and positions', () => {
    const edited = text
      .replace('let http_server = paf_server', 'let web = paf_server')
      .replace('main $ http_server', 'main $ web')
      .replace('let net = default_network', 'let kv = crunch "htdocs"\nlet net = default_network');
    const r = readCode(edited, parser, http);
    if (r.kind !== 'changed') throw new Error(JSON.stringify(r));
    const web = r.design.devices.find((d) => d.name === 'web')!;
    const before = (name: string) => http.devices.find((d) => d.name === name)!.position;
    expect(web).toMatchObject({ id: 'http_server', device: 'paf_server', position: before('http_server') });
    const kv = r.design.devices.find((d) => d.name === 'kv')!;
    expect(kv.device).toBe('crunch');
    expect(r.design.devices.find((d) => d.name === 'stack')!.position).toEqual(before('stack'));
  });
});

describe('readCode keeps the text as typed', () => {
  it('a changed comment is a change (the graph is the same, the text is not), and canvas edits keep it', () => {
    const edited = `(* served by paf *)\n${text}`;
    const r = readCode(edited, parser, http);
    if (r.kind !== 'changed') throw new Error(r.kind);
    expect(r.design.source?.text).toBe(edited);
    expect(printConfigMl(r.design).text).toBe(edited);
    // The source map follows the design's ids (fitted by binding name): a canvas rename prints into the text.
    const d = structuredClone(r.design);
    d.devices.find((x) => x.name === 'http_server')!.name = 'web';
    const after = printConfigMl(d).text;
    expect(after.startsWith('(* served by paf *)\n')).toBe(true);
    expect(after).toContain('let web = paf_server ~port tcp');
    expect(after).toContain('main $ web');
  });
});
