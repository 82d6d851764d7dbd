import { beforeAll, describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { canonicalDesign } from '../graph/canonical';
import { importConfigMl } from '../import/index';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import { printConfigMl } from './config';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

const codeNode = (code: string, name = 'code') => design('4.11.1').add(name, 'ocaml_code', { code }).main('main', 'Unikernel', []).register('main').build();
const config = (code: string, name?: string) => printConfigMl(codeNode(code, name)).text;

describe('ocaml_code that is not an expression', () => {
  it('prints type, module, open, exception and include items verbatim at top level', () => {
    for (const code of ['type t = A | B', 'module M = struct\n  let x = 1\nend', 'open Stdlib', 'exception Oops of string', 'include Stdlib', 'module type S = sig end']) {
      const text = config(code);
      expect(text, code).toContain(`\n${code}\n`);
      expect(text, code).not.toMatch(/let code\s*=/);
    }
  });

  it('prints a let definition verbatim even when the node has another name (head renamed), and a renamed let rec with an alias', () => {
    expect(config('let helper x = x + 1', 'incr')).toContain('\nlet incr x = x + 1\n');
    const rec = config('let rec loop n = if n = 0 then 0 else loop (n - 1)', 'countdown');
    expect(rec).toContain('\nlet rec loop n = if n = 0 then 0 else loop (n - 1)\nlet countdown = loop\n');
    expect(config('type t = A\nlet v = A', 'v')).toContain('\ntype t = A\nlet v = A\n');
  });

  it('still binds expressions, let … in included, and refuses code that would swallow the next items', () => {
    expect(config('let x = 1 in x + 1', 'two')).toMatch(/let two =\s+let x = 1 in x \+ 1/);
    expect(config('noop', 'job1')).toContain('let job1 = noop');
    const broken = config('module M = struct let x = 1', 'm');
    expect(broken).toMatch(/let m =\s+\(Stdlib\.failwith "mirage-composer: the OCaml code of m: `struct` opened at line 1, column 12 is never closed/);
    expect(broken).not.toContain('module M');
  });

  it('prints a reference to code that defines no value as missing', () => {
    const d = design('4.11.1').add('code', 'ocaml_code', { code: 'type t = A', type: 'job' }).register(['code']).build();
    const text = printConfigMl(d).text;
    expect(text).toContain('\ntype t = A\n');
    expect(text).toMatch(/register "main"\s+\[ \(Stdlib\.failwith "mirage-composer: `code` is OCaml code that defines no value"\) \]/);
  });

  it('import → export → import keeps type and module items as written', () => {
    const source = `open Mirage

type mode = Fast | Slow

module Helpers = struct
  let group = "svc"
end

let stack = generic_stackv4v6 default_network
let main = main "Unikernel.Make" (stackv4v6 @-> job)
let () = register "app" [ main $ stack ]
`;
    const first = importConfigMl(source, parser);
    if (!first.ok) throw new Error(JSON.stringify(first.diagnostics));
    expect(first.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(first.kept.length).toBe(2);
    const exported = printConfigMl(first.design).text;
    expect(exported).toContain('\ntype mode = Fast | Slow\n');
    expect(exported).toContain('\nmodule Helpers = struct\n  let group = "svc"\nend\n');
    expect(exported).not.toMatch(/let code(_\d+)?\s*=/);
    const second = importConfigMl(exported, parser);
    if (!second.ok) throw new Error(JSON.stringify(second.diagnostics));
    expect(second.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(canonicalDesign(second.design)).toEqual(canonicalDesign(first.design));
    expect(printConfigMl(second.design).text).toBe(exported);
  });
});
