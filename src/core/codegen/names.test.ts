import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignNames, identifiersIn, isValueName, moduleIdent, sanitizeIdent, unikernelArgName } from './names';

describe('sanitizeIdent', () => {
  it('keeps valid names as they are', () => {
    for (const n of ['net', 'stack_1', '_private', "a'b", 'camelCase']) expect(sanitizeIdent(n)).toBe(n);
  });
  it('turns hostile or invalid text into readable lowercase identifiers', () => {
    expect(sanitizeIdent('$(rm -rf /)')).toBe('rm_rf');
    expect(sanitizeIdent('`ls`')).toBe('ls');
    expect(sanitizeIdent('x y')).toBe('x_y');
    expect(sanitizeIdent('Caps')).toBe('caps');
    expect(sanitizeIdent('1abc')).toBe('v_1abc');
    expect(sanitizeIdent('new\nline')).toBe('new_line');
    expect(sanitizeIdent('é')).toBe('e');
    expect(sanitizeIdent('let')).toBe('let_1');
    expect(sanitizeIdent('*)', 'generic_stackv4v6')).toBe('generic_stackv4v6');
    expect(sanitizeIdent('', 'net')).toBe('net');
    expect(sanitizeIdent('_', 'net')).toBe('net');
  });
  it('always yields a valid OCaml value name', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string(), (raw, fb) => isValueName(sanitizeIdent(raw, fb))));
  });
});

describe('assignNames', () => {
  it('renames bindings that would hide a Mirage value used later, and makes names unique', () => {
    const names = assignNames([
      { key: 'a', wanted: 'http', fallback: 'x', usedAfter: new Set(['http', 'job']) },
      { key: 'b', wanted: 'net', fallback: 'x', usedAfter: new Set() },
      { key: 'c', wanted: 'net', fallback: 'x', usedAfter: new Set() },
      { key: 'd', wanted: 'main', fallback: 'x', usedAfter: new Set(['register']) },
    ]);
    expect([...names.values()]).toEqual(['http_1', 'net', 'net_1', 'main']);
  });
  it('never returns a reserved or later-used name', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.array(fc.constantFrom('http', 'main', 'net', 'net_1', 'job')))), (reqs) => {
        const names = assignNames(reqs.map(([w, used], i) => ({ key: String(i), wanted: w, fallback: 'dev', usedAfter: new Set(used) })));
        const all = [...names.values()];
        return new Set(all).size === all.length && reqs.every(([, used], i) => !(used as string[]).includes(names.get(String(i))!));
      }),
    );
  });
});

describe('other names', () => {
  it('finds unqualified identifiers in OCaml text, ignoring strings, comments, labels and fields', () => {
    expect([...identifiersIn('generic_kv_ro ~key:(Key.value k) "noop" (* http *) r.field')].sort()).toEqual(['generic_kv_ro', 'k', 'r']);
  });
  it('makes module and runtime-argument names', () => {
    expect(moduleIdent('kv_ro')).toBe('Kv_ro');
    expect(unikernelArgName('program-block-size')).toBe('program_block_size');
    expect(unikernelArgName('start')).toBe('start_arg');
    expect(unikernelArgName('9lives')).toBe('arg_9lives');
  });
});
