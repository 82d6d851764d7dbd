import { describe, expect, it } from 'vitest';
import { fileNameFor, parseTemplateIndex, shareFragment } from './names';

describe('file names', () => {
  it('makes design names safe for file systems', () => {
    expect(fileNameFor('http-server', 'json')).toBe('http-server.json');
    expect(fileNameFor('my unikernel/../x', 'zip')).toBe('my-unikernel-..-x.zip');
    expect(fileNameFor('', 'json')).toBe('design.json');
    expect(fileNameFor('***', 'zip')).toBe('design.zip');
    expect(fileNameFor('a'.repeat(300), 'json')).toHaveLength(85);
  });
});

describe('template index', () => {
  it('reads arrays and { examples } objects, skipping bad entries', () => {
    const entries = parseTemplateIndex({
      examples: [
        { file: 'hello.json', title: 'Hello', description: 'A job', version: '4.11.1' },
        { file: '../secret.json', title: 'x' },
        { file: 'http://evil/x.json' },
        { title: 'no file' },
        null,
        { file: 'net.json' },
      ],
    });
    expect(entries).toEqual([
      { file: 'hello.json', title: 'Hello', description: 'A job', version: '4.11.1' },
      { file: 'net.json', title: 'net', description: '', version: undefined },
    ]);
    expect(parseTemplateIndex([{ file: 'a.json', name: 'A', mirage: '4.8.0' }])[0]).toMatchObject({ title: 'A', version: '4.8.0' });
    expect(parseTemplateIndex('nope')).toEqual([]);
  });
});

describe('share fragments', () => {
  it('recognises d1. fragments only', () => {
    expect(shareFragment('#d1.abc')).toBe('d1.abc');
    expect(shareFragment('d2.abc')).toBe('d2.abc');
    expect(shareFragment('#section')).toBeNull();
    expect(shareFragment('')).toBeNull();
  });
});
