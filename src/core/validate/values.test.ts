import { describe, expect, it } from 'vitest';
import { compareVersions, isIpv4, isIpv6, isModulePath, isOcamlInt, isOcamlInt64, isPrefix } from './values';
import { isValueName } from '../codegen/names';

describe('value syntax', () => {
  it('IPv4', () => {
    for (const ok of ['0.0.0.0', '10.0.0.2', '255.255.255.255']) expect(isIpv4(ok), ok).toBe(true);
    for (const bad of ['10.0.0', '10.0.0.256', '1.2.3.4.5', 'a.b.c.d', '10.0.0.2/24', '']) expect(isIpv4(bad), bad).toBe(false);
  });

  it('IPv6', () => {
    for (const ok of ['::', '::1', 'fe80::1', 'fd00:0:0:0:0:0:0:2', '2001:db8::ff00:42:8329', '::ffff:10.0.0.1']) expect(isIpv6(ok), ok).toBe(true);
    for (const bad of ['1:2:3', ':::', '1::2::3', 'g::1', '1:2:3:4:5:6:7:8:9', '12345::', '']) expect(isIpv6(bad), bad).toBe(false);
  });

  it('prefixes', () => {
    expect(isPrefix('10.0.0.2/24', 4)).toBe(true);
    expect(isPrefix('10.0.0.2/33', 4)).toBe(false);
    expect(isPrefix('fd00::2/64', 6)).toBe(true);
    expect(isPrefix('fd00::2/129', 6)).toBe(false);
    expect(isPrefix('fd00::2/64', 4)).toBe(false);
  });

  it('ints and int64', () => {
    expect(isOcamlInt(42)).toBe(true);
    expect(isOcamlInt('-7')).toBe(true);
    expect(isOcamlInt('4611686018427387903')).toBe(true);
    expect(isOcamlInt('4611686018427387904')).toBe(false);
    expect(isOcamlInt(1.5)).toBe(false);
    expect(isOcamlInt64('9223372036854775807')).toBe(true);
    expect(isOcamlInt64('9223372036854775808')).toBe(false);
    expect(isOcamlInt64('1e3')).toBe(false);
  });

  it('names and module paths', () => {
    expect(isValueName('stack_1')).toBe(true);
    expect(isValueName("x'")).toBe(true);
    for (const bad of ['Stack', 'let', '_', '1x', 'a-b', '']) expect(isValueName(bad), bad).toBe(false);
    expect(isModulePath('Unikernel.Make')).toBe(true);
    expect(isModulePath('Unikernel')).toBe(true);
    for (const bad of ['unikernel.Make', 'Unikernel.', 'A..B', '']) expect(isModulePath(bad), bad).toBe(false);
  });

  it('versions compare numerically', () => {
    expect(compareVersions('4.10.2', '4.9.0')).toBeGreaterThan(0);
    expect(compareVersions('4.8.0', '4.9.0')).toBeLessThan(0);
    expect(compareVersions('4.5.1', '4.5.1')).toBe(0);
  });
});
