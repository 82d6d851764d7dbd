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
      .runtimeArg({ name: 'g', type: 'Ipaddr.V4.t', default: 'Ipaddr.V4.localhost' })
      .build();
    expect(having(ok, 'MC017')).toEqual([]);
    const bad = design()
      .runtimeArg({ name: 'a', type: 'int', default: 'eighty' })
      .runtimeArg({ name: 'b', type: 'string', default: 'unquoted' })
      .runtimeArg({ name: 'c', type: 'bool', default: 'yes' })
      .runtimeArg({ name: 'f', type: 'int option', default: 'Some x' })
      .build();
    expect(having(bad, 'MC017').map((x) => x.message)).toEqual([
      'The default of runtime argument `a` `eighty` is not an int.',
      'The default of runtime argument `b` `unquoted` is not an OCaml string literal (quoted).',
      'The default of runtime argument `c` `yes` is not `true` or `false`.',
      'The default of runtime argument `f` `x` is not an int.',
    ]);
  });
});
