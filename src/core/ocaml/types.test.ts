import { describe, expect, it } from 'vitest';
import { parseIntLiteral } from './numbers';
import { type ArgType, literalProblem, parseArgType, sameArgType, showArgType } from './types';

const typeOf = (t: string): ArgType => {
  const r = parseArgType(t);
  if (!r.ok) throw new Error(`${t}: ${r.why}`);
  return r.type;
};

describe('runtime-argument types', () => {
  it('reads the types a command line can carry, in canonical form', () => {
    for (const [t, shown] of [
      ['int', 'int'],
      ['(int)', 'int'],
      ['string  option', 'string option'],
      ['(string*int) list', '(string * int) list'],
      ['int list option', 'int list option'],
      ['float * bool', 'float * bool'],
    ]) {
      const r = parseArgType(t!);
      expect(r.ok && showArgType(r.type), t).toBe(shown);
    }
    for (const t of ['Mytypes.t', 'int, string', 'file', 'int * int * int', 'unit', '', 'int lst']) expect(parseArgType(t).ok, t).toBe(false);
    expect(sameArgType('(int)', 'int')).toBe(true);
    expect(sameArgType('float', 'int')).toBe(false);
    expect(sameArgType('Ipaddr.V4.t', 'int')).toBeNull();
  });

  it('literals of a type, as OCaml reads them', () => {
    const ok: [string, string][] = [
      ['int', '0x1F'], ['int', '1_000'], ['int', '(-3)'], ['int64', '30L'], ['int32', '7l'], ['float', '8080.'], ['float', '1e3'], ['float', 'nan'],
      ['string option', 'Some "x"'], ['int option', 'Some (-1)'], ['string list', '[ "a"; "b"; ]'], ['int array', '[| 1 |]'], ['int * string', '(1, "a")'], ['char', "'c'"],
    ];
    for (const [t, v] of ok) expect(literalProblem(typeOf(t), v), `${t} ${v}`).toBeNull();
    const bad: [string, string][] = [['float', '8080'], ['int64', '30'], ['int', '4611686018427387904'], ['int option', 'Some -1'], ['string', 'a'], ['bool', 'yes'], ['int', '1 + 1']];
    for (const [t, v] of bad) expect(literalProblem(typeOf(t), v), `${t} ${v}`).not.toBeNull();
  });

  it('integer literals in every base', () => {
    expect(parseIntLiteral('0x1F')).toBe(31n);
    expect(parseIntLiteral('0o17')).toBe(15n);
    expect(parseIntLiteral('0b101')).toBe(5n);
    expect(parseIntLiteral('-1_000')).toBe(-1000n);
    expect(parseIntLiteral('1e3')).toBeNull();
  });
});
