import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentSafe, isBalancedOcaml, logsLevel, ocamlInt, ocamlInt64, ocamlString, variantTag } from './ocaml-literals';

/** Decodes an OCaml string literal as ocamlString writes it (test oracle). */
function decode(lit: string): string {
  expect(lit.startsWith('"') && lit.endsWith('"')).toBe(true);
  const body = lit.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const n = body[++i]!;
    if (/\d/.test(n)) {
      bytes.push(Number(body.slice(i, i + 3)));
      i += 2;
    } else bytes.push({ n: 10, t: 9, r: 13, '"': 34, '\\': 92 }[n as 'n']!);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('ocamlString', () => {
  const hostile = ['say "hi"', 'back\\slash', 'two\nlines', 'tab\there', 'end *) comment', '$(rm -rf /)', '`backticks`', 'ünïcödé ✓', '\u0000\u0007', '{|quoted|}'];
  for (const s of hostile) {
    it(`escapes ${JSON.stringify(s)} into a single-line ASCII literal that decodes back`, () => {
      const lit = ocamlString(s);
      expect(lit).toMatch(/^"[\x20-\x7e]*"$/);
      expect(decode(lit)).toBe(s);
      // No unescaped quote inside: the literal cannot end early.
      expect(lit.slice(1, -1).replace(/\\\\/g, '').replace(/\\"/g, '')).not.toContain('"');
    });
  }
  it('round-trips any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => decode(ocamlString(s)) === s));
  });
});

describe('numbers, variants and levels', () => {
  it('prints ints and int64 with parentheses for negatives', () => {
    expect(ocamlInt(42)).toBe('42');
    expect(ocamlInt('-7')).toBe('(-7)');
    expect(ocamlInt(1.5)).toBeNull();
    expect(ocamlInt('12abc')).toBeNull();
    expect(ocamlInt64('5000000000')).toBe('5000000000L');
    expect(ocamlInt64(-3)).toBe('(-3L)');
  });
  it('matches variant tags with or without the backquote, case-insensitively', () => {
    expect(variantTag('Fast', ['`Fast', '`Light'])).toBe('`Fast');
    expect(variantTag('`light', ['`Fast', '`Light'])).toBe('`Light');
    expect(variantTag('Other', ['`Fast'])).toBeNull();
  });
  it('maps log level names to Logs constructors', () => {
    expect(logsLevel('info')).toBe('Logs.Info');
    expect(logsLevel('Logs.Warning')).toBe('Logs.Warning');
    expect(logsLevel('loud')).toBeNull();
  });
});

describe('isBalancedOcaml', () => {
  it('accepts ordinary expressions', () => {
    for (const ok of ['Key.is_solo5', 'Key.(value @@ kv_ro ())', 'f "a)" \'(\' (* c ) *) x', '[ 1; 2 ]', '{|raw ) text|}', 'let x = "*)" in x']) {
      expect(isBalancedOcaml(ok), ok).toBe(true);
    }
  });
  it('refuses text that could swallow or break the file', () => {
    for (const bad of ['(* open comment', 'x *) y', '"unterminated', 'f (x', 'g x)', '[ 1; 2', '{|open quoted', 'a ] b']) {
      expect(isBalancedOcaml(bad), bad).toBe(false);
    }
  });
});

describe('commentSafe', () => {
  it('removes everything that could end or open a comment or a string', () => {
    const s = commentSafe('a *) b (* "c" {|d|} \\ é');
    expect(s).not.toMatch(/\*\)|\(\*|"|\{|\\/);
    expect(s).toMatch(/^[\x20-\x7e]*$/);
  });
});
