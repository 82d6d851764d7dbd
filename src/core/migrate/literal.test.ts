import { describe, expect, it } from 'vitest';
import { literalToValue, readLiteral } from './literal';

describe('OCaml literals of runtime-argument defaults', () => {
  it('reads options, numbers, strings, lists and tags', () => {
    expect(readLiteral('Some 5L')).toEqual({ k: 'some', v: { k: 'num', v: '5' } });
    expect(readLiteral('(None)')).toEqual({ k: 'none' });
    expect(readLiteral('[ "a"; "b;c" ]')).toEqual({ k: 'list', v: [{ k: 'str', v: 'a' }, { k: 'str', v: 'b;c' }] });
    expect(readLiteral('`Host')).toEqual({ k: 'tag', v: 'Host' });
    expect(readLiteral('f x')).toBeNull();
  });

  it('turns a default into the value of a plain parameter type', () => {
    expect(literalToValue('Some 1_000L', { kind: 'int64' })).toBe('1000');
    expect(literalToValue('None', { kind: 'int64' })).toBeUndefined();
    expect(literalToValue('Some ["8.8.8.8"]', { kind: 'option', inner: { kind: 'string_list' } })).toEqual(['8.8.8.8']);
    expect(literalToValue('true', { kind: 'bool' })).toBe(true);
    expect(literalToValue('"x"', { kind: 'int' })).toBeNull();
    expect(literalToValue('`Host', { kind: 'enum', cases: ['`OCaml', '`Host'] })).toBe('Host');
  });
});
