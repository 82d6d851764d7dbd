import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { arbitraryDesign } from '../graph/arbitrary';
import { MIRAGE_VERSIONS, versionIndex, versionsBetween } from '../reference/versions';
import { validateDesign } from '../validate';
import { exportProject } from './export';
import { headerBounds, releaseKey, validSpan } from './range';

const stackApp = (v: '4.10.4' | '4.10.5' | '4.11.1', t = 'unix') =>
  design(v, t)
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .main('main', 'Unikernel.Make', ['stackv4v6'])
    .wire('stack', 'main')
    .register('main')
    .build();

/** The exported files of a design at another release, without the header line and the composer metadata. */
function body(d: ReturnType<typeof stackApp>): string {
  return exportProject(d)
    .filter((f) => !/README/.test(f.path))
    // The release itself is written in the header, the composer data (config.composer.json) and the install line.
    .map((f) => `${f.path}\n${f.contents.replace(/^\(\* mirage >= [^\n]*\n/, '').replace(/\(\* mirage-composer: .*\*\)\n?$/, '').replace(/^ {2}"mirage": "[^"]*",\n/m, '').replace(/'mirage>=[^']*' 'mirage<[^']*'/g, '')}`)
    .join('\n');
}

describe('the valid span of releases of a design', () => {
  it('ends where the meaning changes: DHCP becomes the default at 4.10.5, --no-dhcp at 4.11.0', () => {
    expect(validSpan(stackApp('4.10.4'))).toEqual({ first: '4.5.0', last: '4.10.4' });
    expect(validSpan(stackApp('4.10.5'))).toEqual({ first: '4.10.5', last: '4.10.6' });
    expect(validSpan(stackApp('4.11.1'))).toEqual({ first: '4.11.0', last: '4.11.1' });
  });

  it('a job without arguments: refused at 4.4.0–4.8.2, so the span of a 4.9+ hello starts at 4.9.0', () => {
    const hello = design('4.11.1').main('main', 'Unikernel', []).register('main').build();
    expect(validSpan(hello)).toEqual({ first: '4.9.0', last: '4.11.1' });
    expect(validSpan({ ...hello, mirage: '4.3.6' })).toEqual({ first: '4.0.0', last: '4.3.6' });
  });

  it('a design with errors keeps just its own release', () => {
    const broken = design('4.11.1').add('stack', 'generic_stackv4v6').main('main', 'Unikernel.Make', ['stackv4v6']).wire('stack', 'main').register('main').build();
    expect(validSpan(broken)).toEqual({ first: '4.11.1', last: '4.11.1' });
  });

  it('header bounds: the release after the span, or the next patch of the latest one', () => {
    expect(headerBounds({ first: '4.5.0', last: '4.7.0' })).toEqual({ min: '4.5.0', max: '4.8.0' });
    expect(headerBounds({ first: '4.10.0', last: '4.10.4' })).toEqual({ min: '4.10.0', max: '4.10.5' });
    expect(headerBounds({ first: '4.11.0', last: '4.11.1' })).toEqual({ min: '4.11.0', max: '4.11.2' });
  });

  it('inside its span, a design exports the same project at every release (property)', () => {
    fc.assert(
      fc.property(arbitraryDesign({ shape: 'layered', valid: true }), (d) => {
        const span = validSpan(d);
        const mine = body(d);
        for (const r of versionsBetween(span.first, span.last)) expect(body({ ...d, mirage: r }), `${d.mirage} vs ${r}`).toBe(mine);
      }),
      { numRuns: 25 },
    );
  });

  it('is the run of releases whose whole `releaseKey` equals the design release\'s (property)', () => {
    const naive = (d: ReturnType<typeof stackApp>) => {
      const i = versionIndex(d.mirage);
      if (validateDesign(d).some((x) => x.severity === 'error')) return { first: d.mirage, last: d.mirage };
      const key = releaseKey(d, d.mirage);
      let lo = i;
      let hi = i;
      while (lo > 0 && releaseKey(d, MIRAGE_VERSIONS[lo - 1]!) === key) lo--;
      while (hi < MIRAGE_VERSIONS.length - 1 && releaseKey(d, MIRAGE_VERSIONS[hi + 1]!) === key) hi++;
      return { first: MIRAGE_VERSIONS[lo], last: MIRAGE_VERSIONS[hi] };
    };
    fc.assert(
      fc.property(arbitraryDesign({ shape: 'layered', valid: true }), fc.constantFrom(...MIRAGE_VERSIONS), (d, r) => {
        expect(validSpan(d)).toEqual(naive(d));
        // The same instance objects at another release and target (the per-instance parts are cached).
        const other = { ...d, mirage: r, target: d.target === 'unix' ? 'hvt' : 'unix' };
        expect(validSpan(other)).toEqual(naive(other));
      }),
      { numRuns: 40 },
    );
  });

  it('follows a wire added to an instance it has seen (the cached part depends on the wired ports)', () => {
    const base = design('4.11.1', 'unix')
      .add('net', 'default_network')
      .add('stack', 'generic_stackv4v6')
      .wire('net', 'stack')
      .main('main', 'Unikernel.Make', ['stackv4v6'])
      .wire('stack', 'main')
      .register('main')
      .build();
    expect(validSpan(base)).toEqual({ first: '4.11.0', last: '4.11.1' });
    const noNet = { ...base, wires: base.wires.filter((w) => w.from !== 'net') };
    expect(validSpan(noNet)).toEqual({ first: noNet.mirage, last: noNet.mirage }); // the stack lacks its network: an error
    expect(validSpan({ ...noNet, wires: base.wires })).toEqual(validSpan(base));
  });
});
