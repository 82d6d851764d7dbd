import { describe, expect, it } from 'vitest';
import { checkRawOcaml } from './balance';
import { LEXICAL_CASES } from './lexer-cases';
import { lexOcaml, positionOf } from './lexer';

const shown = (src: string) =>
  lexOcaml(src).tokens.map((t) => (t.kind === 'string' || t.kind === 'char' || t.kind === 'comment' || t.kind === 'number' ? t.kind : `${t.kind}:${t.text}`));

describe('the OCaml manual, "Lexical conventions"', () => {
  for (const c of LEXICAL_CASES) {
    it(`${c.rule}: ${JSON.stringify(c.src)}`, () => {
      const r = lexOcaml(c.src);
      if (c.tokens) {
        expect(r.error).toBeNull();
        expect(shown(c.src)).toEqual(c.tokens);
      } else {
        expect(r.error?.start).toBe(c.errorAt);
      }
    });
  }
});

describe('checkRawOcaml: raw code that can be printed as written', () => {
  it('accepts nested brackets and keyword blocks, refuses what does not nest, with the place', () => {
    expect(checkRawOcaml('begin [| (x) |] end; for i = 1 to 2 do () done').ok).toBe(true);
    const cases: [string, string][] = [
      ['Key.is_solo5 )', '`)` at line 1, column 14 closes nothing.'],
      ['(x', '`(` opened at line 1, column 1 is never closed (it needs `)`).'],
      ['[| x ]', '`]` at line 1, column 6 does not close the `[|` opened at line 1, column 1 (that needs `|]`).'],
      ['begin (x end)', '`end` at line 1, column 10 does not close the `(` opened at line 1, column 7 (that needs `)`).'],
      ['a\n  (* b', 'Comment not terminated.'],
    ];
    for (const [code, message] of cases) {
      const r = checkRawOcaml(code);
      expect(r.ok, code).toBe(false);
      if (!r.ok) expect(r.problem.message).toBe(message);
    }
    const r = checkRawOcaml('a\n  (* b');
    expect(!r.ok && [r.problem.line, r.problem.column]).toEqual([2, 3]);
  });

  it('never reads identifiers in strings, comments or character literals as code', () => {
    const kinds = lexOcaml('"constructor" (* toString *) \'v\' valueOf').tokens.map((t) => t.kind);
    expect(kinds).toEqual(['string', 'comment', 'char', 'lident']);
  });

  it('positions are 1-based lines and columns', () => {
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
