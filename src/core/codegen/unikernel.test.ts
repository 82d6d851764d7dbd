import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { converterOf, defaultText } from './cmdliner';
import { printConfigMl } from './config';
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

  it('declares parameters from the functor_param facts of the release: job-like typs are anonymous', () => {
    expect(typSignature(design('4.11.1').build(), 'reporter')).toEqual({ sig: 'sig end', comment: 'reporter is not a functor argument' });
    const at = (v: '4.0.0' | '4.8.0' | '4.10.2' | '4.11.1') => printUnikernelMl(design(v).main('main', 'Unikernel.Make', ['random', 'stackv4v6']).build());
    expect(at('4.0.0')).toContain('module Make (Random : Mirage_random.S) (Stack : Tcpip.Stack.V4V6) = struct');
    expect(at('4.8.0')).toContain('module Make (Random : Mirage_crypto_rng_mirage.S) (Stack : Tcpip.Stack.V4V6) = struct');
    for (const v of ['4.10.2', '4.11.1'] as const) {
      expect(at(v)).toContain('module Make (_ : sig end) (Stack : Tcpip.Stack.V4V6) = struct');
      expect(at(v)).toContain('  let start _random _stack = Lwt.return_unit');
      expect(at(v)).not.toMatch(/Mirage_crypto_rng_mirage2|: Mirage_random/);
    }
    const sleep = printUnikernelMl(design('4.11.1').main('main', 'Unikernel.Make', ['sleep']).build());
    expect(sleep).not.toContain('Mirage_sleep)');
    expect(sleep).toContain('(_ : sig end)');
  });

  it('starts the way each release calls start: a promise before 4.4, `()` from 4.9, runtime arguments last', () => {
    const plain = (v: '4.0.0' | '4.8.2' | '4.9.0') => design(v).runtimeArg({ name: 'port', type: 'int', default: '80' }).main('main', 'Unikernel', [], { runtime_args: v === '4.0.0' ? [] : ['port'] }).build();
    expect(printUnikernelMl(plain('4.0.0'))).toContain('\nlet start = Lwt.return_unit\n');
    expect(printUnikernelMl(plain('4.8.2'))).toContain('\nlet start _port = Lwt.return_unit\n');
    expect(printUnikernelMl(plain('4.9.0'))).toContain('\nlet start () _port = Lwt.return_unit\n');
  });

  it('types a runtime argument feeding a device by the term type the generated connect code needs', () => {
    const d = design('4.11.1')
      .runtimeArg({ name: 'aes_ccm_key', type: 'string' })
      .add('disk', 'block_of_file', { arg1: 'storage' })
      .add('enc', 'ccm_block', { arg1: { runtimeArg: 'aes_ccm_key' } })
      .wire('disk', 'enc', 'arg2')
      .main('main', 'Unikernel.Make', ['block'])
      .wire('enc', 'main')
      .register('main')
      .build();
    expect(printUnikernelMl(d)).toContain('let aes_ccm_key =\n  let doc = Arg.info [ "aes-ccm-key" ] in\n  Arg.(required & opt (some string) None doc)');
    const config = printConfigMl(d).text;
    expect(config).toContain('let aes_ccm_key : (string option) runtime_arg =');
    expect(config).toContain('ccm_block aes_ccm_key disk');
    expect(config).not.toContain('failwith');
  });

  it('prints a plain start without functor arguments, in a submodule when the main names one', () => {
    expect(printUnikernelMl(design('4.11.1').main('main', 'Unikernel', []).build())).toContain('\nlet start () = Lwt.return_unit\n');
    expect(printUnikernelMl(design('4.3.6').main('main', 'Unikernel', []).build())).toContain('\nlet start = Lwt.return_unit\n');
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
