import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having, stackApp } from './testing';

describe('design runtime arguments (MC017)', () => {
  it('Mirage 4.0.0 has none', () => {
    const d = stackApp('4.0.0').runtimeArg({ name: 'port', type: 'int' }).build();
    expect(having(d, 'MC017')).toHaveLength(1);
    expect(having(d, 'MC017')[0]!.message).toContain('4.0.0 has no runtime arguments');
    expect(having(stackApp('4.5.1').runtimeArg({ name: 'port', type: 'int' }).build(), 'MC017')).toEqual([]);
  });

  it('names are OCaml value names', () => {
    const d = design().runtimeArg({ name: 'Port', type: 'int' }).runtimeArg({ name: 'type', type: 'int' }).build();
    expect(having(d, 'MC017')).toHaveLength(2);
  });

  it('defaults are literals of the declared type', () => {
    const ok = design()
      .runtimeArg({ name: 'a', type: 'int', default: '-42' })
      .runtimeArg({ name: 'b', type: 'string', default: '"x \\" y"' })
      .runtimeArg({ name: 'c', type: 'bool', default: 'false' })
      .runtimeArg({ name: 'd', type: 'int64', default: '30L' })
      .runtimeArg({ name: 'e', type: 'string option', default: 'None' })
      .runtimeArg({ name: 'f', type: 'int option', default: 'Some 3' })
      .runtimeArg({ name: 'g', type: 'float', default: '0.5' })
      .runtimeArg({ name: 'h', type: 'int', default: '0x1F' })
      .runtimeArg({ name: 'i', type: 'int', default: '1_000' })
      .runtimeArg({ name: 'j', type: '(string * int) list', default: '[ ("a", 1); ("b", 2) ]' })
      .build();
    expect(having(ok, 'MC017')).toEqual([]);
    const bad = design()
      .runtimeArg({ name: 'a', type: 'int', default: 'eighty' })
      .runtimeArg({ name: 'b', type: 'string', default: 'unquoted' })
      .runtimeArg({ name: 'c', type: 'bool', default: 'yes' })
      .runtimeArg({ name: 'f', type: 'int option', default: 'Some x' })
      .build();
    expect(having(bad, 'MC017').map((x) => x.message)).toEqual([
      'The default of runtime argument `a` (int) is not usable: `eighty` is not an int literal.',
      'The default of runtime argument `b` (string) is not usable: `unquoted` is not a string literal (quoted).',
      'The default of runtime argument `c` (bool) is not usable: `yes` is not `true` or `false`.',
      'The default of runtime argument `f` (int option) is not usable: `x` is not an int literal.',
    ]);
  });

  it('refuses types the unikernel cannot read from its command line (issue 9, item 10)', () => {
    const d = design()
      .runtimeArg({ name: 'a', type: 'Mytypes.t' })
      .runtimeArg({ name: 'b', type: 'int, string' })
      .runtimeArg({ name: 'c', type: 'int * int * int' })
      .runtimeArg({ name: 'd', type: 'file' })
      .build();
    const messages = having(d, 'MC017').map((x) => x.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toContain('`Mytypes.t` is a type from a module');
    expect(messages[1]).toContain('`,` is not expected here');
    expect(messages[2]).toContain('only pairs');
    expect(messages[3]).toContain('`file` is not one of');
  });

  it('a float default must be a float literal, and OCaml int literals in any base are ints (issue 9, item 10)', () => {
    const d = design().runtimeArg({ name: 'port', type: 'float', default: '8080' }).runtimeArg({ name: 'n', type: 'int', default: '0o17' }).build();
    expect(having(d, 'MC017').map((x) => x.message)).toEqual(['The default of runtime argument `port` (float) is not usable: `8080` is not a float literal (like `8080.` or `0.5`).']);
    const swallow = design().runtimeArg({ name: 'x', type: 'float', default: "'\\''\"'" }).build();
    expect(having(swallow, 'MC017')[0]!.message).toContain('String literal not terminated');
  });
});
