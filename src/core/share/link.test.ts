import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../graph/arbitrary';
import { canonicalDesign } from '../graph/canonical';
import { design } from '../graph/builder';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import type { Design } from '../design/schema';
import { LIMITS } from '../limits';
import { MAX_LINK_CHARS, decodeShareLink, encodeShareLink } from './link';

const sample = design()
  .add('net', 'default_network')
  .add('stack', 'generic_stackv4v6')
  .wire('net', 'stack')
  .main('main', 'Unikernel.Make', ['stackv4v6'])
  .wire('stack', 'main')
  .register('main')
  .set('name', 'héllo "*) world')
  .build();

const errorOf = (fragment: string) => {
  const r = decodeShareLink(fragment);
  expect(r.ok).toBe(false);
  return r.diagnostics[0]!;
};

describe('base64url', () => {
  it('round-trips any bytes and refuses foreign characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect([...decodeBase64Url(encodeBase64Url(b))!]).toEqual([...b]);
      }),
    );
    expect(decodeBase64Url('ab+c')).toBeNull();
    expect(decodeBase64Url('a')).toBeNull();
  });
});

/** The fragment of a design that fits in a link (fails the test otherwise). */
function fragmentOf(d: Design): string {
  const r = encodeShareLink(d);
  if (!r.ok) throw new Error(r.diagnostics[0]!.message);
  return r.fragment;
}

describe('share links', () => {
  it('round-trips a design, and is URL-fragment safe', () => {
    const link = fragmentOf(sample);
    expect(link).toMatch(/^d1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const r = decodeShareLink(`#${link}`);
    expect(r.ok && canonicalDesign(r.design)).toEqual(canonicalDesign(sample));
  });

  it('round-trips random designs', () => {
    fc.assert(
      fc.property(arbitraryDesign({ shape: 'layered', maxSize: 5 }), (d) => {
        const r = decodeShareLink(fragmentOf(d));
        expect(r.ok && canonicalDesign(r.design)).toEqual(canonicalDesign(d));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a wrong prefix', () => {
    const d = errorOf(fragmentOf(sample).replace(/^d1\./, 'd9.'));
    expect(d.code).toBe('MC019');
    expect(d.message).toContain('should start with `d1.`');
  });

  it('refuses a truncated link', () => {
    const link = fragmentOf(sample);
    expect(errorOf(link.slice(0, link.length - 12)).message).toMatch(/cut off/);
    expect(errorOf(link.slice(0, 20)).message).toContain('incomplete');
  });

  it('refuses a tampered link (data or checksum changed)', () => {
    const link = fragmentOf(sample);
    const [p, data, sum] = link.split('.') as [string, string, string];
    const i = Math.floor(data.length / 2);
    const flipped = `${p}.${data.slice(0, i)}${data[i] === 'A' ? 'B' : 'A'}${data.slice(i + 1)}.${sum}`;
    expect(errorOf(flipped).message).toMatch(/damaged/);
    expect(errorOf(`${p}.${data}.${sum === '00000000' ? '00000001' : '00000000'}`).message).toContain('checksum does not match');
    expect(errorOf(`${p}.${data}!.${sum}`).message).toContain('characters a share link never has');
  });

  it('refuses an oversize link and a deflate bomb', () => {
    expect(errorOf(`d1.${'A'.repeat(MAX_LINK_CHARS + 1)}.00000000`).message).toContain('too long');
    const bomb = encodeBase64Url(deflateSync(strToU8(' '.repeat(6 * 1024 * 1024))));
    expect(errorOf(`d1.${bomb}.00000000`).message).toContain('more than 5 MB');
  });

  it('reports a valid link whose content is not a design through loadDesign', () => {
    const json = strToU8(JSON.stringify({ format: 99 }));
    // A correct checksum, so the design loader's own message is what the user sees.
    const link = `d1.${encodeBase64Url(deflateSync(json))}.${crcOf(json)}`;
    const d = errorOf(link);
    expect(d.code).toBe('MC019');
    expect(d.message).toMatch(/format/);
  });
});

function crcOf(bytes: Uint8Array): string {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

describe('share link limits (issue 9, item 11)', () => {
  it('encode refuses what decode would refuse: a design too large for a link, a design the schema refuses', () => {
    const big = { ...sample, runtimeArgs: Array.from({ length: 700 }, (_, i) => ({ name: `a${i}`, type: 'int', doc: 'x'.repeat(9_000) })) };
    const r = encodeShareLink(big);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.diagnostics[0]!.message).toContain('too large for a link');
    const tooMany = { ...sample, devices: Array.from({ length: LIMITS.devices + 1 }, (_, i) => ({ id: `d${i}`, device: 'default_network', name: `n${i}`, params: {}, position: { x: 0, y: 0 } })) };
    const r2 = encodeShareLink(tooMany);
    expect(r2.ok).toBe(false);
    expect(!r2.ok && r2.diagnostics[0]!.message).toContain('devices');
    // Whatever encode accepts, decode accepts.
    fc.assert(
      fc.property(arbitraryDesign({ shape: 'layered', maxSize: 4 }), fc.nat({ max: 3 }), (d, k) => {
        const e = encodeShareLink({ ...d, description: 'é'.repeat(k * 3000) });
        if (e.ok) expect(decodeShareLink(e.fragment).ok).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
