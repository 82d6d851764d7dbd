import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ty, con, parseTy, printTy, renameVars, tvar, tyEqual, tyVars } from './term';

describe('parseTy / printTy', () => {
  it('parses constants, postfix application and variables', () => {
    expect(parseTy('stackv4v6')).toEqual(con('stackv4v6'));
    expect(parseTy('v4v6 tcp')).toEqual(con('tcp', [con('v4v6')]));
    expect(parseTy("'a ip")).toEqual(con('ip', [tvar('a')]));
    expect(parseTy('(a, b) t')).toEqual(con('t', [con('a'), con('b')]));
  });

  it('parses arrows right-associatively and keeps parentheses', () => {
    const t = parseTy('(dhcp_ipv4 -> network)');
    expect(t).toEqual({ kind: 'arrow', from: con('dhcp_ipv4'), to: con('network') });
    const r = parseTy('a -> b -> c');
    expect(r.kind === 'arrow' && r.to.kind === 'arrow').toBe(true);
    expect(printTy(parseTy('(a -> b) -> c'))).toBe('(a -> b) -> c');
  });

  it('prints in OCaml syntax', () => {
    expect(printTy(con('ip', [con('v4')]))).toBe('v4 ip');
    expect(printTy(con('t', [tvar('a'), con('b')]))).toBe("('a, b) t");
    expect(printTy(con('x', [{ kind: 'arrow', from: con('a'), to: con('b') }]))).toBe('(a -> b) x');
  });

  it('rejects what is not a module-type term', () => {
    for (const bad of ['', 'a *', '(a, b)', 'a -> ', 'stack ]', '(a b', 'a b )', '"x"']) {
      expect(() => parseTy(bad), bad).toThrow(SyntaxError);
    }
  });

  it('prints what it parses (property)', () => {
    const name = fc.constantFrom('ip', 'tcp', 'v4', 'v4v6', 'stackv4v6', 'kv_ro', 'udp');
    const ty: fc.Arbitrary<Ty> = fc.letrec<{ t: Ty }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        name.map((n) => con(n)),
        fc.constantFrom('a', 'b').map(tvar),
        fc.tuple(name, fc.array(tie('t'), { minLength: 1, maxLength: 2 })).map(([n, args]) => con(n, args)),
        fc.tuple(tie('t'), tie('t')).map(([from, to]) => ({ kind: 'arrow', from, to }) as Ty),
      ),
    })).t;
    fc.assert(fc.property(ty, (t) => tyEqual(parseTy(printTy(t)), t)));
  });
});

describe('term helpers', () => {
  it('tyEqual compares structurally', () => {
    expect(tyEqual(parseTy('v4 ip'), parseTy('v4 ip'))).toBe(true);
    expect(tyEqual(parseTy('v4 ip'), parseTy('v6 ip'))).toBe(false);
    expect(tyEqual(parseTy("'a ip"), parseTy("'b ip"))).toBe(false);
    expect(tyEqual(parseTy('a -> b'), parseTy('a'))).toBe(false);
  });

  it('tyVars lists variables in order of first occurrence, renameVars renames them all', () => {
    const t = parseTy("('b, 'a, 'b) t");
    expect(tyVars(t)).toEqual(['b', 'a']);
    expect(printTy(renameVars(t, (n) => `${n}1`))).toBe("('b1, 'a1, 'b1) t");
  });
});
