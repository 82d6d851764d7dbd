import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import type { Design, ParamValue } from '../design/schema';
import { importConfigMl } from '../import/import';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import { changedLines, chooseEdit, graphShape } from './testing';

const DIR = fileURLToPath(new URL('./corpus/', import.meta.url));
const corpus = readdirSync(DIR)
  .filter((f) => f.endsWith('.ml'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(DIR + f, 'utf8') }));

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

function read(text: string): Design {
  const r = importConfigMl(text, parser);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.design;
}

const named = (d: Design, name: string) => {
  const x = d.devices.find((i) => i.name === name);
  if (!x) throw new Error(`no device ${name} in ${d.devices.map((i) => i.name).join(', ')}`);
  return x;
};

/** Applies an edit to a copy of the design read from `text`, prints it, and checks what changed. */
function edited(text: string, change: (d: Design) => void): { before: string; after: string; design: Design } {
  const design = structuredClone(read(text));
  change(design);
  const after = printConfigMl(design).text;
  // What was printed means the edited design.
  expect(graphShape(read(after))).toEqual(graphShape(design));
  return { before: text, after, design };
}

const setParam = (name: string, param: string, v: ParamValue | undefined) => (d: Design) => {
  const x = named(d, name);
  if (v === undefined) delete x.params[param];
  else x.params[param] = v;
};

describe('a corpus of hand-written config.ml files', () => {
  it('has files in the styles real projects use', () => {
    const all = corpus.map((c) => c.text).join('\n');
    expect(corpus.length).toBeGreaterThanOrEqual(9);
    for (const style of ['(*', 'Key.(', '@@', '|>', '\t', '~packages:', 'Mirage.', '?(group']) expect(all, style).toContain(style);
  });

  for (const { file, text } of corpus) {
    it(`${file} comes back byte for byte (and with CRLF line endings)`, () => {
      expect(printConfigMl(read(text)).text).toBe(text);
      const crlf = text.replace(/\n/g, '\r\n');
      expect(printConfigMl(read(crlf)).text).toBe(crlf);
    });
  }
});

const file = (name: string) => corpus.find((c) => c.file === name)!.text;

describe('an edit changes only the lines of what it changes', () => {
  it('a parameter: only its argument', () => {
    const { before, after } = edited(file('static_site_tls.ml'), setParam('pages', 'arg1', 'www'));
    expect(after).toBe(before.replace('generic_kv_ro ~key:pages_key "htdocs"', 'generic_kv_ro ~key:pages_key "www"'));
  });

  it('a new labelled argument goes after the device name; a removed one leaves with its space', () => {
    const add = edited(file('resolver.ml'), setParam('he', 'group', 'he'));
    expect(add.after).toBe(add.before.replace('let he = generic_happy_eyeballs stack', 'let he = generic_happy_eyeballs ~group:"he" stack'));
    // The comment after it on its line is the user's: it stays.
    const drop = edited(file('resolver.ml'), setParam('dns', 'nameservers', undefined));
    expect(changedLines(drop.before, drop.after).removed).toEqual([10, 11]);
    expect(drop.after).toContain('  generic_dns_client (* quad9 *)\n    stack he');
  });

  it('a parameter split across lines with a comment inside keeps the comment', () => {
    const { before, after } = edited(file('static_site_tls.ml'), setParam('conduit_direct_1', 'tls', false));
    expect(after).toBe(before.replace('~tls:true (* a plain HTTP server would say false *)', '~tls:false (* a plain HTTP server would say false *)'));
  });

  it('a configure key: the key argument only', () => {
    const { before, after } = edited(file('static_site_tls.ml'), setParam('certs', 'key', { key: 'kv_ro', group: 'certificates' }));
    expect(after).toBe(before.replace('generic_kv_ro ~key:tls_key "certs"', 'generic_kv_ro ~key:(Key.value (Key.kv_ro ~group:"certificates" ())) "certs"'));
  });

  it('a renamed binding: its `let` and every use, nothing else', () => {
    const { before, after } = edited(file('resolver.ml'), (d) => (named(d, 'stack').name = 'net_stack'));
    expect(after).toBe(before.replace('let stack =', 'let net_stack =').replace('generic_happy_eyeballs stack', 'generic_happy_eyeballs net_stack').replace('    stack he', '    net_stack he'));
  });

  it('a deleted device: its binding and the comment above it go; its consumer says what is missing', () => {
    const { before, after } = edited(file('static_site_tls.ml'), (d) => {
      const id = named(d, 'certs').id;
      d.devices = d.devices.filter((x) => x.id !== id);
      d.wires = d.wires.filter((w) => w.from !== id);
    });
    const { removed } = changedLines(before, after);
    // `let certs = …` (line 18) and its blank line go; the register line changes.
    expect(removed).toEqual([18, 19, 34]);
    expect(after).toContain('[ main $ pages $ (Stdlib.failwith "mirage-composer: argument 2 of main is not connected") $ server ]');
  });

  it('a new device: a new `let` before its first use, in the file’s blank-line style; nothing else but the use', () => {
    const { before, after } = edited(file('paf_web.ml'), (d) => {
      d.devices.push({ id: 'rng', device: 'default_network', name: 'lan', params: {}, position: { x: 0, y: 0 } });
      const stack = d.devices.find((x) => x.device === 'generic_stackv4v6')!;
      const old = d.devices.find((x) => x.device === 'default_network' && x.id !== 'rng')!;
      d.devices = d.devices.filter((x) => x !== old);
      d.wires = d.wires.filter((w) => w.to !== stack.id);
      d.wires.push({ id: 'w', from: 'rng', to: stack.id, port: 'arg1' });
    });
    expect(after).toBe(before.replace('let tcp =\n', 'let lan = default_network\n\nlet tcp =\n').replace('generic_stackv4v6 default_network in', 'generic_stackv4v6 lan in'));
  });

  it('the unikernel name: only the string in register', () => {
    const { before, after } = edited(file('block_per_target.ml'), (d) => (d.name = 'reader'));
    expect(after).toBe(before.replace('register "disk_reader"', 'register "reader"'));
  });

  it('a device made inside a helper: that binding is written out, the helper stays', () => {
    const c = edited(file('custom_impl.ml'), (d) => {
      const s = d.devices.find((x) => x.device === 'generic_stackv4v6')!;
      s.params.group = 'public';
    });
    expect(c.after).toContain('let tcp_of ?(group = "svc") net');
    expect(c.after).toContain('~group:"public"');
    expect(changedLines(c.before, c.after).removed).toEqual([13]);
  });

  it('a job added to register goes at the end of the list', () => {
    const { before, after } = edited(file('per_target_net.ml'), (d) => {
      d.devices.push({ id: 'extra', device: 'main', name: 'extra', params: { module: 'Extra', functor: [] }, position: { x: 0, y: 0 } });
      d.wires.push({ id: 'x', from: 'extra', to: named(d, 'register').id, port: 'jobs' });
    });
    // `main` is bound in this file, so the new binding says `Mirage.main`.
    expect(after).toBe(before.replace('let () = register "per_target" [ main $ stack ]', 'let extra = Mirage.main "Extra" job\nlet () = register "per_target" [ main $ stack; extra ]'));
  });
});

describe('files written by earlier versions', () => {
  it('read the trailing `(* mirage-composer: … *)` comment, and export leaves it out (only it)', () => {
    const text = `${file('paf_web.ml')}\n(* mirage-composer: {"format":1,"target":"hvt","positions":{"http":{"x":5,"y":6}},"runtimeArgs":[{"name":"port","type":"int","default":"8080","doc":"port"}]} *)\n`;
    const r = importConfigMl(text, parser);
    if (!r.ok) throw new Error('import');
    expect(r.design.target).toBe('hvt');
    expect(named(r.design, 'http').position).toEqual({ x: 5, y: 6 });
    expect(r.design.runtimeArgs).toEqual([{ name: 'port', type: 'int', default: '8080', doc: 'port' }]);
    expect(printConfigMl(r.design).text).toBe(file('paf_web.ml'));
    expect(r.diagnostics.some((d) => d.code === 'MC021' && d.message.includes('earlier Mirage Composer'))).toBe(true);
  });
});

describe('random edits of the corpus', () => {
  for (const { file: f, text } of corpus) {
    it(`${f}: one to three edits, printed into the file, mean the edited design`, () => {
      for (let seed = 0; seed < 12; seed++) {
        const d = structuredClone(read(text));
        const expectations: ((x: Design) => void)[] = [];
        const kinds: string[] = [];
        for (let k = 0; k <= seed % 3; k++) {
          const e = chooseEdit(d, seed * 31 + k * 7 + 3);
          if (!e) continue;
          e.apply(d);
          if (e.expect) expectations.push(e.expect);
          kinds.push(e.kind);
        }
        const printed = printConfigMl(d);
        expect(printed.notes.filter((n) => n.message.includes('written anew')), kinds.join(', ')).toEqual([]);
        const back = importConfigMl(printed.text, parser, { fallbackVersion: d.mirage });
        if (!back.ok) throw new Error(`${kinds.join(', ')}: ${JSON.stringify(back.diagnostics)}\n${printed.text}`);
        for (const x of expectations) x(d);
        // A rename reaches the OCaml the composer keeps as text too; that text is compared by reading it back.
        const keep = (s: string) => !s.startsWith('mirage') && !(kinds.some((k) => k.startsWith('rename')) && (s.includes('ocaml_code') || s.includes('"ocaml"')));
        expect(graphShape(back.design).filter(keep), `${kinds.join(', ')}\n${printed.text}`).toEqual(graphShape(d).filter(keep));
      }
    });
  }
});
