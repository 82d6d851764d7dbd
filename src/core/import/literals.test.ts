import { describe, expect, it } from 'vitest';
import { decodeString, readNumber } from './literals';

describe('readNumber', () => {
  it('reads ints, int64 and rejects floats', () => {
    expect(readNumber('1_000')).toEqual({ k: 'int', v: 1000 });
    expect(readNumber('0x1F')).toEqual({ k: 'int', v: 31 });
    expect(readNumber('1_000L')).toEqual({ k: 'int64', v: '1000' });
    expect(readNumber('9223372036854775807L')).toEqual({ k: 'int64', v: '9223372036854775807' });
    expect(readNumber('9223372036854775808L')).toBeNull();
    expect(readNumber('1.5')).toBeNull();
    expect(readNumber('3l')).toBeNull();
  });
});

describe('decodeString', () => {
  it('decodes escapes as bytes read back as UTF-8', () => {
    expect(decodeString('a\\n\\"b\\x41\\065')).toBe('a\n"bAA');
    expect(decodeString('\\xc3\\xa9t\\u{e9}')).toBe('été');
    expect(decodeString('a\\\n    b')).toBe('ab');
    expect(decodeString('\\q')).toBeNull();
    expect(decodeString('\\999')).toBeNull();
  });
});

describe('decodeString keeps every character of the value', () => {
  it('keeps a leading U+FEFF written as escaped bytes (a register name round-trips; fast-check seed -743822265)', () => {
    expect(decodeString('\\239\\187\\191')).toBe('\ufeff');
    expect(decodeString('\\239\\187\\191x')).toBe('\ufeffx');
  });
});
