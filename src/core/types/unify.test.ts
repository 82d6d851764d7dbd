import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogFor } from '../catalog';
import { expandTy } from './aliases';
import { mirageTypeName } from './show';
import { type Ty, parseTy, printTy } from './term';
import { resolve, showTy, unify, unifyInPlace } from './unify';

const ex = (s: string) => expandTy(parseTy(s), '4.11.1');

describe('unify', () => {
  it('unifies equal terms with an empty substitution', () => {
    const r = unify(ex('stackv4v6'), ex('stackv4v6'));
    expect(r.ok && r.subst.size).toBe(0);
  });

  it('binds variables and resolves through the substitution', () => {
    const r = unify(ex("'a ip"), ex('ipv4'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(printTy(resolve(parseTy("'a udp"), r.subst))).toBe('v4 udp');
  });

  it('reports the clashing pair', () => {
    const r = unify(ex('v4 ip'), ex('v6 ip'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect([printTy(r.left), printTy(r.right)]).toEqual(['v4', 'v6']);
  });

  it('refuses a variable inside itself (occurs check)', () => {
    expect(unify(parseTy("'a"), parseTy("'a ip")).ok).toBe(false);
  });

  it('direct_udp on an ipv4 gives a v4 udp, which does not fit a udpv4v6 port', () => {
    const spec = catalogFor('4.11.1').devices.get('direct_udp')!;
    const ipPort = spec.args.find((a) => a.role === 'port')!;
    expect(ipPort.role === 'port' && printTy(ipPort.type)).toBe("'a ip");
    const r = unify(ipPort.role === 'port' ? ipPort.type : ex('x'), ex('ipv4'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = resolve(spec.output!, r.subst);
    expect(mirageTypeName(out, '4.11.1')).toBe('v4 udp');
    expect(unify(out, ex('udpv4v6'), r.subst).ok).toBe(false);
    expect(unify(out, ex("'b udp"), r.subst).ok).toBe(true);
  });

  it('never changes the substitution it is given', () => {
    const s = new Map([['b', ex('v4')]]);
    const r = unify(parseTy("'a ip"), parseTy("'b ip"), s);
    expect(r.ok && printTy(resolve(parseTy("'a"), r.subst))).toBe('v4');
    expect([...s.keys()]).toEqual(['b']);
    const none = unify(ex('v4 ip'), parseTy("'b ip"), s);
    expect(none.ok && none.subst.size).toBe(1);
    expect(unify(ex('v6 ip'), parseTy("'b ip"), s).ok).toBe(false);
    expect([...s.keys()]).toEqual(['b']);
  });

  it('showTy renames variables a, b, … in order', () => {
    expect(showTy(parseTy("('q, 'p, 'q) t"))).toBe("('a, 'b, 'a) t");
  });
});

describe('unifyInPlace (linear inference)', () => {
  const term: fc.Arbitrary<Ty> = fc.letrec<{ t: Ty }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('a', 'b', 'c', 'd').map((name): Ty => ({ kind: 'var', name })),
      fc.constantFrom('v4', 'v6', 'job').map((name): Ty => ({ kind: 'con', name, args: [] })),
      fc.tuple(fc.constantFrom('ip', 'tcp'), tie('t')).map(([name, a]): Ty => ({ kind: 'con', name, args: [a] })),
      fc.tuple(tie('t'), tie('t')).map(([from, to]): Ty => ({ kind: 'arrow', from, to })),
    ),
  })).t;
  const vars = ['a', 'b', 'c', 'd'].map((name): Ty => ({ kind: 'var', name }));

  it('agrees with unify, and a clash leaves the substitution as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(term, term), { maxLength: 6 }), (pairs) => {
        let functional = new Map<string, Ty>() as ReadonlyMap<string, Ty>;
        const inPlace = new Map<string, Ty>();
        for (const [x, y] of pairs) {
          const before = vars.map((v) => resolve(v, inPlace));
          const r = unify(x, y, functional);
          const clash = unifyInPlace(x, y, inPlace);
          expect(clash === null).toBe(r.ok);
          if (r.ok) functional = r.subst;
          else expect(vars.map((v) => resolve(v, inPlace))).toEqual(before);
          expect(vars.map((v) => resolve(v, inPlace))).toEqual(vars.map((v) => resolve(v, functional)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
