import { describe, expect, it } from 'vitest';
import { con, parseTy, tvar } from '../../core/types/term';
import { typeColor, typeHead, typeHue } from './typeColor';

describe('typeColor', () => {
  it('colors by head constructor, so tcpv4v6 and v4 tcp share a color', () => {
    expect(typeHead(parseTy('v4v6 tcp'))).toBe('tcp');
    expect(typeColor(parseTy('v4v6 tcp'))).toBe(typeColor(parseTy('v4 tcp')));
    expect(typeColor(con('network'))).not.toBe(typeColor(con('stackv4v6')));
  });
  it('variables are the neutral unknown color', () => {
    expect(typeColor(tvar('a'))).toBe('var(--ty-unknown)');
    expect(typeHue(null)).toBeNull();
  });
  it('unknown heads hash to a stable hue on a 15° grid', () => {
    const h = typeHue('some_new_type')!;
    expect(h % 15).toBe(0);
    expect(h).toBeGreaterThanOrEqual(0);
    expect(h).toBeLessThan(360);
    expect(typeHue('some_new_type')).toBe(h);
  });
});
