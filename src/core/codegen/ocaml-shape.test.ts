import { describe, expect, it } from 'vitest';
import { codeShape } from './ocaml-shape';

const kind = (code: string) => codeShape(code).kind;

describe('codeShape', () => {
  it('reads structure items that bind no value as items', () => {
    for (const [code, keyword] of [
      ['type t = A | B', 'type'],
      ['module M = struct let x = 1 end', 'module'],
      ['module type S = sig val x : int end', 'module'],
      ['open Stdlib', 'open'],
      ['exception Oops of string', 'exception'],
      ['include Stdlib', 'include'],
      ['(* a comment *)\ntype t', 'type'],
      ['[@@@warning "-32"]', 'attribute'],
    ] as const) {
      expect(codeShape(code), code).toEqual({ kind: 'items', keyword, first: null, rec: false, defines: [] });
    }
  });

  it('tells let definitions from let … in expressions', () => {
    expect(codeShape('let f x =\n  let y = x in\n  y')).toEqual({ kind: 'items', keyword: 'let', first: 'f', rec: false, defines: ['f'] });
    expect(codeShape('let rec go n = go n')).toEqual({ kind: 'items', keyword: 'let', first: 'go', rec: true, defines: ['go'] });
    expect(codeShape('let a = 1\nlet b = a')).toMatchObject({ kind: 'items', first: 'a', defines: ['a', 'b'] });
    expect(codeShape('type t = A\nlet v = A')).toMatchObject({ kind: 'items', keyword: 'type', first: null, defines: ['v'] });
    expect(codeShape('let () = print_endline "hi"')).toMatchObject({ kind: 'items', first: null, defines: [] });
    expect(kind('let x = 1 in x')).toBe('expr');
    expect(kind('let open M in x')).toBe('expr');
    expect(kind('let s = "in" in s ^ "let"')).toBe('expr');
    expect(kind("let c = 'a' in c")).toBe('expr');
  });

  it('reads everything else as an expression', () => {
    for (const code of ['noop', 'crunch "htdocs"', 'M.(let x = 1 in x)', '(let x = 1 in x)', 'for i = 1 to 2 do () done', 'begin x end', 'typed', 'modules']) {
      expect(kind(code), code).toBe('expr');
    }
  });

  it('flags code that would swallow what follows it', () => {
    for (const code of ['module M = struct let x = 1', 'let x = 1 in', 'let x = 1 in (* no body *)', 'begin x', 'x end', 'while true do ()']) {
      expect(kind(code), code).toBe('broken');
    }
  });
});
