import { describe, expect, it } from 'vitest';
import { firstReleaseAfter, parseHeader, rangeProblem, rangeText, releasesIn } from './ocaml-check-ranges';

describe('version header', () => {
  it('reads the bounds the way mirage configure does', () => {
    expect(parseHeader('(* mirage >= 4.5.0 & < 4.8.0 *)\nopen Mirage\n')).toEqual({ min: '4.5.0', max: '4.8.0' });
    expect(parseHeader('(* mirage >= 4.5 *)')).toEqual({ min: '4.5', max: null });
    expect(parseHeader('(* mirage < 5 *)')).toEqual({ min: null, max: '5' });
  });

  it('rejects missing and malformed headers with a message', () => {
    expect(parseHeader('open Mirage\n')).toHaveProperty('error', expect.stringMatching(/not a version header/));
    expect(parseHeader('(* mirage >= 4.5.0 >= 4.6.0 *)')).toHaveProperty('error', expect.stringMatching(/two >= constraints/));
    expect(parseHeader('(* mirage >= 4.5.0 ~ *)')).toHaveProperty('error', expect.stringMatching(/token "~"/));
    expect(parseHeader('(* mirage >= 4.5.0')).toHaveProperty('error', expect.stringMatching(/no closing/));
    expect(parseHeader('(* mirage >= 4.8.0~beta *)')).toHaveProperty('error');
  });

  it('expands a range to the modelled releases and finds the first release after it', () => {
    const r = { min: '4.10.0', max: '4.11.0' };
    expect(releasesIn(r)).toEqual(['4.10.0', '4.10.1', '4.10.2', '4.10.3', '4.10.4', '4.10.5', '4.10.6']);
    expect(firstReleaseAfter(r)).toBe('4.11.0');
    expect(firstReleaseAfter({ min: '4.11.0', max: '4.12.0' })).toBeNull();
    expect(firstReleaseAfter({ min: '4.5.0', max: '4.5.1' })).toBe('4.5.1');
    expect(rangeText(r)).toBe('>= 4.10.0 & < 4.11.0');
  });

  it('refuses ranges that admit releases that are not modelled, or none at all', () => {
    expect(rangeProblem({ min: '4.10.0', max: '4.11.0' })).toBeNull();
    expect(rangeProblem({ min: null, max: '4.11.0' })).toMatch(/before 4.0.0/);
    expect(rangeProblem({ min: '3.10.0', max: '4.11.0' })).toMatch(/before 4.0.0/);
    expect(rangeProblem({ min: '4.10.0', max: null })).toMatch(/no upper bound/);
    expect(rangeProblem({ min: '4.10.7', max: '4.11.0' })).toMatch(/no modelled release/);
  });
});
