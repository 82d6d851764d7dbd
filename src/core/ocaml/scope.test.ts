import { describe, expect, it } from 'vitest';
import { lexOcaml } from './lexer';
import { boundNames, opensModules, qualifiedRefs, usedValueNames } from './scope';

const toks = (s: string) => lexOcaml(s).tokens;

describe('names a piece of OCaml uses and binds', () => {
  it('uses: unqualified values, punned labels; not fields, members, variants or label names', () => {
    expect([...usedValueNames(toks('f ~port ~host:h r.field M.x `tag (* c *) "s"'))].sort()).toEqual(['f', 'h', 'port', 'r']);
  });

  it('binds: let, fun, match patterns (an over-approximation)', () => {
    const b = boundNames(toks('let f x = fun y -> match x with Some z -> z | None -> y'));
    for (const n of ['f', 'x', 'y', 'z']) expect(b.has(n), n).toBe(true);
  });

  it('qualified references and opened modules', () => {
    expect(qualifiedRefs(toks('Key.is_solo5 && Mirage.Key.pure x')).map((r) => `${r.path.join('.')}.${r.name}`)).toEqual(['Key.is_solo5', 'Mirage.Key.pure']);
    expect(opensModules(toks('open Mirage'))).toBe(false);
    expect(opensModules(toks('open Foo'))).toBe(true);
    expect(opensModules(toks('Key.(value target)'))).toBe(true);
  });
});
