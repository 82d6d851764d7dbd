import { describe, expect, it } from 'vitest';
import { fieldProblem, fromText, toText } from './fieldCheck';

describe('inspector field values', () => {
  it('parses ints to numbers but keeps invalid text as typed', () => {
    expect(fromText({ kind: 'int' }, ' 8080 ')).toBe(8080);
    expect(fromText({ kind: 'int' }, '80x')).toBe('80x');
    expect(fromText({ kind: 'int' }, '')).toBeUndefined();
    expect(fromText({ kind: 'string' }, '')).toBe('');
    expect(fromText({ kind: 'int64' }, '9223372036854775807')).toBe('9223372036854775807');
  });
  it('splits string lists and round-trips them through toText', () => {
    const v = fromText({ kind: 'string_list' }, 'a, b\nc');
    expect(v).toEqual(['a', 'b', 'c']);
    expect(toText(v)).toBe('a, b, c');
    expect(toText({ runtimeArg: 'port' })).toBe('port');
    expect(fromText({ kind: 'target_list' }, 'hvt, xen')).toEqual(['hvt', 'xen']);
  });
  it('flags invalid addresses and prefixes at the field', () => {
    expect(fieldProblem({ kind: 'ipv4' }, '10.0.0.300')).toMatch(/IPv4/);
    expect(fieldProblem({ kind: 'ipv4' }, '10.0.0.3')).toBeNull();
    expect(fieldProblem({ kind: 'ipv4_prefix' }, '10.0.0.2')).toMatch(/prefix/);
    expect(fieldProblem({ kind: 'option', inner: { kind: 'ipv6_prefix' } }, 'fd00::2/64')).toBeNull();
    expect(fieldProblem({ kind: 'int' }, '')).toBeNull();
  });
});
