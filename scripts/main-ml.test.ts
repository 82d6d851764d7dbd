import { describe, expect, it } from 'vitest';
import { design } from '../src/core/graph/builder';
import { reference } from '../src/core/reference/api';
import { mainMl, ocamlify, runtimeArgCodes } from './main-ml';
import { termTypeOf } from './main-ml-terms';

const paf = (v: '4.5.0' | '4.5.1' | '4.7.0' | '4.8.0' | '4.11.1') =>
  design(v)
    .runtimeArg({ name: 'port', type: 'int', default: '8080' })
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .wire('stack', 'tcp')
    .add('http', 'paf_server', { port: { runtimeArg: 'port' } })
    .wire('tcp', 'http')
    .main('main', 'Unikernel.Make', ['http_server'], { runtime_args: ['port'] })
    .wire('http', 'main')
    .register('main')
    .build();
const config = '(* mirage >= 4.5.0 & < 4.12.0 *)\nlet port : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.port"\n';

describe('main.ml per release', () => {
  it('registers runtime arguments with register (4.5.0–4.7.0) or register_arg (4.8.0+)', () => {
    expect(mainMl(reference, paf('4.7.0'), '4.7.0', config).text).toContain('let unikernel_port__key = Mirage_runtime.register @@\n  Unikernel.port\n;;');
    expect(mainMl(reference, paf('4.8.0'), '4.8.0', config).text).toContain('let unikernel_port__key = Mirage_runtime.register_arg @@\n  Unikernel.port\n;;');
  });

  it('applies the functor to stub devices and calls start with devices then runtime arguments', () => {
    const t = mainMl(reference, paf('4.11.1'), '4.11.1', config).text;
    expect(t).toMatch(/module Unikernel_make__\d+ = Unikernel\.Make\(Composer_devices\.Dev_http_server\)/);
    expect(t).toMatch(/\(Unikernel_make__\d+\.start _http_server__\d+ _unikernel_port : unit io\)/);
    expect(t).toContain("type 'a io = 'a Lwt.t");
    expect(t).toContain('(* paf_server port: the term must have type int Cmdliner.Term.t');
  });

  it('writes start without the unit io annotation and key calls without parentheses at 4.5.0', () => {
    const t = mainMl(reference, paf('4.5.0'), '4.5.0', config).text;
    expect(t).not.toContain('unit io');
    expect(t).toContain('let _unikernel_port = unikernel_port__key () in');
    expect(mainMl(reference, paf('4.5.1'), '4.5.1', config).text).toContain('let _unikernel_port = (unikernel_port__key ()) in');
  });

  it('notes a runtime argument that config.ml does not create', () => {
    expect(mainMl(reference, paf('4.11.1'), '4.11.1', '(* mirage >= 4.11.0 & < 4.12.0 *)\n').notes).toContain('main main: config.ml creates no runtime argument for port');
  });
});

describe('helpers', () => {
  it('ocamlifies like Functoria', () => {
    expect(ocamlify('Unikernel.aes-ccm key!')).toBe('Unikernel_aes_ccm_key');
  });
  it('reads the runtime arguments config.ml creates', () => {
    const r = runtimeArgCodes('let a : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.a"\nlet m = main ~runtime_args:[ runtime_arg ~pos:__POS__ "Unikernel.b" ] "U" job\n');
    expect([...r.byBinding]).toEqual([['a', 'Unikernel.a']]);
    expect(r.codes).toEqual(['Unikernel.a', 'Unikernel.b']);
  });
  it('types device runtime arguments from runtime_arg_params, falling back to the mli', () => {
    expect(termTypeOf(reference, 'ccm_block', 'arg1', '4.11.1')).toMatchObject({ type: 'string' });
    expect(termTypeOf(reference, 'chamelon', 'program_block_size', '4.11.1')).toMatchObject({ type: 'int' });
    expect(termTypeOf(reference, 'ccm_block', 'arg2', '4.11.1')).toBeNull();
    expect(termTypeOf(reference, 'generic_dns_client', 'timeout', '4.6.0')).toMatchObject({ type: 'int64 option', note: expect.stringMatching(/mli type/) });
  });
});
