import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { converterOf, defaultText } from './cmdliner';
import { printUnikernelMl, typSignature, unikernelFiles } from './unikernel';

describe('unikernel.ml', () => {
  it('makes a functor with one named parameter per main argument, start taking them in order', () => {
    const d = design('4.11.1').main('main', 'Unikernel.Make', ['stackv4v6', 'kv_ro', 'kv_ro']).build();
    const text = printUnikernelMl(d);
    expect(text).toContain('module Make (Stack : Tcpip.Stack.V4V6) (Kv : Mirage_kv.RO) (Kv2 : Mirage_kv.RO) = struct');
    expect(text).toContain('  let start _stack _kv _kv2 = Lwt.return_unit');
  });

  it('uses the signature of the design version', () => {
    const d = design('4.0.0').main('main', 'Unikernel.Make', ['stackv4v6']).build();
    expect(printUnikernelMl(d)).toContain('(Stack : Tcpip.Stack.V4V6)');
  });

  it('falls back to `sig end` with a comment for an unknown module type', () => {
    expect(typSignature(design('4.11.1').build(), 'reporter')).toEqual({ sig: 'sig end', comment: expect.stringContaining('reporter') });
    const text = printUnikernelMl(design('4.11.1').main('main', 'Unikernel.Make', ['reporter']).build());
    expect(text).toMatch(/\(\* the module type of reporter is not known[^\n]*\*\)\nmodule Make \(Reporter : sig end\)/);
  });

  it('prints a plain start without functor arguments, in a submodule when the main names one', () => {
    expect(printUnikernelMl(design('4.11.1').main('main', 'Unikernel', []).build())).toContain('\nlet start () = Lwt.return_unit\n');
    expect(printUnikernelMl(design('4.11.1').main('main', 'Unikernel.Hello', []).build())).toContain(
      'module Hello = struct\n  let start () = Lwt.return_unit\nend',
    );
  });

  it('defines every runtime argument with Cmdliner and passes main runtime arguments to start', () => {
    const d = design('4.11.1')
      .runtimeArg({ name: 'port', type: 'int', default: '8080', doc: 'The "port".' })
      .runtimeArg({ name: 'key', type: 'string' })
      .runtimeArg({ name: 'peers', type: 'string list option' })
      .main('main', 'Unikernel.Make', ['stackv4v6'], { runtime_args: ['port'] })
      .build();
    const text = printUnikernelMl(d);
    expect(text).toContain('open Cmdliner');
    expect(text).toContain('let port =\n  let doc = Arg.info ~doc:"The \\"port\\"." [ "port" ] in\n  Arg.(value & opt int 8080 doc)');
    expect(text).toContain('let key =\n  let doc = Arg.info [ "key" ] in\n  Arg.(required & opt (some string) None doc)');
    expect(text).toContain('Arg.(value & opt (some (list string)) None doc)');
    expect(text).toContain('let start _stack _port = Lwt.return_unit');
  });

  it('writes one module per main module name and one file per compilation unit', () => {
    const d = design('4.11.1').main('a', 'Unikernel.Logger', []).main('b', 'Unikernel.Main', []).main('c', 'Other.Make', ['kv_ro']).build();
    const files = unikernelFiles(d);
    expect(files.map((f) => f.path)).toEqual(['unikernel.ml', 'other.ml']);
    expect(files[0]!.contents).toContain('module Logger = struct');
    expect(files[0]!.contents).toContain('module Main = struct');
    expect(files[1]!.contents).toContain('module Make (Kv : Mirage_kv.RO) = struct');
  });
});

describe('Cmdliner helpers', () => {
  it('maps OCaml types to converters', () => {
    expect(converterOf('int')).toBe('int');
    expect(converterOf('string option')).toBe('(some string)');
    expect(converterOf('(string * int) list')).toBe('(list (pair string int))');
    expect(converterOf('Ipaddr.V4.t')).toBeNull();
  });
  it('keeps simple defaults and brackets other balanced OCaml', () => {
    expect(defaultText('8080')).toBe('8080');
    expect(defaultText('"db"')).toBe('"db"');
    expect(defaultText('-1')).toBe('(-1)');
    expect(defaultText('Some 3')).toBe('(Some 3)');
    expect(defaultText('(* open')).toBeNull();
    expect(defaultText(undefined)).toBeNull();
  });
});
