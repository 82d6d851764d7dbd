import { describe, expect, it } from 'vitest';
import { codeTabs, instanceAtLine, selectedRanges } from './tabs';

describe('code tabs', () => {
  it('lists config.ml, unikernel.ml, build.sh and launch in order with their text', () => {
    const tabs = codeTabs(
      [
        { path: 'build.sh', contents: 'mirage configure' },
        { path: 'config.ml', contents: 'open Mirage' },
        { path: 'README.md', contents: '# x' },
      ],
      'dune exec -- ./dist/main --port 8080',
    );
    expect(tabs.map((t) => t.title)).toEqual(['config.ml', 'unikernel.ml', 'build.sh', 'launch']);
    expect(tabs.map((t) => t.language)).toEqual(['ocaml', 'ocaml', 'shell', 'shell']);
    expect(tabs[0]!.text).toBe('open Mirage');
    expect(tabs[1]!.text).toBe('');
    expect(tabs[3]!.text).toBe('dune exec -- ./dist/main --port 8080\n');
  });
});

describe('config.ml spans', () => {
  const spans = { stack: { start: 3, end: 5 }, net: { start: 2, end: 2 }, main: { start: 7, end: 12 }, inner: { start: 8, end: 9 } };
  it('finds the binding under a line, the innermost first', () => {
    expect(instanceAtLine(spans, 4)).toBe('stack');
    expect(instanceAtLine(spans, 2)).toBe('net');
    expect(instanceAtLine(spans, 8)).toBe('inner');
    expect(instanceAtLine(spans, 11)).toBe('main');
    expect(instanceAtLine(spans, 6)).toBeNull();
  });
  it('gives the ranges of the selection in file order', () => {
    expect(selectedRanges(spans, ['main', 'gone', 'net'])).toEqual([
      { start: 2, end: 2 },
      { start: 7, end: 12 },
    ]);
    expect(selectedRanges(spans, [])).toEqual([]);
  });
});
