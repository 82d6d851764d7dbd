import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { printConfigMl } from './config';
import { exportProject } from './export';
import { SIDECAR_FILE } from './metadata';
import { buildIr } from './ir';

const net = () => design('4.11.1', 'unix', 'app').add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack');
const lines = (t: string) => t.split('\n');

describe('printConfigMl', () => {
  it('starts with the version range and open Mirage, ends with register; composer data stays out of it', () => {
    const { text } = printConfigMl(net().main('main', 'Unikernel.Make', ['stackv4v6']).wire('stack', 'main').register('main').build());
    const ls = lines(text.trimEnd());
    expect(ls[0]).toBe('(* mirage >= 4.11.0 & < 4.11.2 *)');
    expect(ls).toContain('open Mirage');
    expect(ls).toContain('let main = main "Unikernel.Make" (stackv4v6 @-> job)');
    expect(ls).toContain('let () = register "app" [ main $ stack ]');
    expect(ls[ls.length - 1]).toBe('let () = register "app" [ main $ stack ]');
    expect(text).not.toContain('mirage-composer:');
  });

  it('states the valid span of releases in the first line', () => {
    expect(printConfigMl(design('4.11.1').main('main', 'Unikernel', []).register('main').build()).text.split('\n')[0]).toBe('(* mirage >= 4.9.0 & < 4.11.2 *)');
  });

  it('prints bindings in dependency order, whatever the file order', () => {
    const d = design('4.11.1').add('stack', 'generic_stackv4v6').add('net', 'default_network').wire('net', 'stack').build();
    const { text } = printConfigMl(d);
    expect(text.indexOf('let net =')).toBeLessThan(text.indexOf('let stack ='));
  });

  it('prints mains before the devices, so a device bound like a typ keeps its name', () => {
    const d = net()
      .add('conduit', 'conduit_direct')
      .wire('stack', 'conduit')
      .add('http', 'cohttp_server')
      .wire('conduit', 'http')
      .main('main', 'Unikernel.Make', ['http'])
      .wire('http', 'main')
      .register('main')
      .build();
    const { text } = printConfigMl(d);
    expect(text).toContain('let http = cohttp_server conduit');
    expect(text).toContain('let main = main "Unikernel.Make" (http @-> job)');
    expect(text.indexOf('let main =')).toBeLessThan(text.indexOf('let net ='));
    expect(text).toContain('[ main $ http ]');
  });

  it('still renames a binding that hides a Mirage value used after it', () => {
    const d = design('4.11.1')
      .runtimeArg({ name: 'http', type: 'int', default: '1' })
      .add('generic_stackv4v6', 'default_network')
      .add('stack', 'generic_stackv4v6')
      .wire('generic_stackv4v6', 'stack')
      .main('main', 'Unikernel.Make', ['http', 'stackv4v6'])
      .wire('stack', 'main', 'arg2')
      .register('main')
      .build();
    const { text } = printConfigMl(d);
    expect(text).toContain('let http_1 : int runtime_arg = Runtime_arg.create');
    expect(text).toContain('(http @-> stackv4v6 @-> job)');
    expect(text).toContain('let generic_stackv4v6_1 = default_network');
    expect(text).toContain('generic_stackv4v6 generic_stackv4v6_1');
  });

  it('prints a main bound to `main` after the other mains: no rename needed', () => {
    const d = design('4.11.1').main('main', 'Unikernel.A', []).main('other', 'Unikernel.B', []).register(['main', 'other']).build();
    const { text } = printConfigMl(d);
    expect(text).toContain('let main = main "Unikernel.A" job');
    expect(text.indexOf('let other =')).toBeLessThan(text.indexOf('let main ='));
    expect(text).toContain('[ main; other ]');
  });

  it('prints parameters by type: strings escaped, IPs, options, enums, log levels per version', () => {
    const d = design('4.11.1')
      .add('kv', 'generic_kv_ro', { arg1: 'a "b"\n*)', key: 'Crunch' })
      .add('net', 'default_network')
      .add('stack', 'generic_stackv4v6', { ipv4_network: '10.0.0.2/24', ipv6_gateway: 'fd00::1' })
      .wire('net', 'stack')
      .add('rep', 'default_reporter', { level: 'warning' })
      .build();
    const { text } = printConfigMl(d);
    expect(text).toContain('generic_kv_ro ~key:(Key.pure `Crunch) "a \\"b\\"\\n*)"');
    expect(text).toContain('~ipv4_network:(Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24")');
    expect(text).toContain('~ipv6_gateway:(Ipaddr.V6.of_string_exn "fd00::1")');
    expect(text).toContain('default_reporter ~level:(Some Logs.Warning) ()');
    const old = printConfigMl(design('4.0.0').add('rep', 'default_reporter', { level: 'warning' }).build()).text;
    expect(old).toContain('default_reporter ~level:Logs.Warning ()');
  });

  it('prints int64, raw OCaml in parentheses, and leaves unset optional arguments out', () => {
    const d = net().add('he', 'generic_happy_eyeballs', { aaaa_timeout: { ocaml: 'Runtime_arg.he_aaaa_timeout None' } }).wire('stack', 'he').build();
    expect(printConfigMl(d).text).toContain('let he = generic_happy_eyeballs ~aaaa_timeout:(Runtime_arg.he_aaaa_timeout None) stack');
  });

  it('refuses unbalanced raw OCaml instead of printing it', () => {
    const d = design('4.11.1').add('block', 'if_impl', { cond: { ocaml: 'true (* oops' } }).build();
    const { text } = printConfigMl(d);
    expect(text).not.toContain('oops');
    expect(text).toContain('Stdlib.failwith');
  });

  it('prints missing required arguments as a failwith that explains what is missing', () => {
    const { text } = printConfigMl(design('4.11.1').add('stack', 'generic_stackv4v6').build());
    expect(text).toContain('let stack =\n  generic_stackv4v6 (Stdlib.failwith "mirage-composer: argument arg1 of stack is not connected")');
  });

  it('prints runtime arguments once at the top and passes them to main', () => {
    const d = net()
      .runtimeArg({ name: 'port', type: 'int', default: '8080' })
      .add('tcp', 'tcpv4v6_of_stackv4v6')
      .wire('stack', 'tcp')
      .add('srv', 'paf_server', { port: { runtimeArg: 'port' } })
      .wire('tcp', 'srv')
      .main('main', 'Unikernel.Make', ['http_server'], { runtime_args: ['port'] })
      .wire('srv', 'main')
      .register('main')
      .build();
    const { text } = printConfigMl(d);
    expect(text.match(/Runtime_arg\.create/g)).toHaveLength(1);
    expect(text).toContain('let port : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.port"');
    expect(text).toContain('let srv = paf_server ~port tcp');
    expect(text).toContain('main ~runtime_args:[ Runtime_arg.v port ] "Unikernel.Make" (http_server @-> job)');
    expect(text).not.toMatch(/register[^\n]*runtime_args/);
  });

  it('prints if_impl, match_impl, applied devices and optional register ports', () => {
    const d = design('4.11.1')
      .add('a', 'default_network')
      .add('b', 'netif', { arg1: 'eth0' })
      .add('pick', 'if_impl', { cond: 'Key.is_solo5' })
      .wire('a', 'pick', 'then')
      .wire('b', 'pick', 'else')
      .add('m', 'match_impl', { cases: ['hvt', 'unikraft-qemu'] })
      .wire('a', 'm', 'case_hvt')
      .wire('b', 'm', 'case_unikraft-qemu')
      .wire('a', 'm', 'default')
      .add('argv', 'default_argv')
      .main('main', 'Unikernel', [])
      .register('main', { argv: 'argv' })
      .build();
    const { text } = printConfigMl(d);
    expect(text).toContain('if_impl Key.is_solo5 a b');
    expect(text).toContain('match_impl Key.(value target) [ (`Hvt, a); (`QEMU, b) ] ~default:a');
    expect(text).toContain('let () = register "main" ~argv [ main ]');
  });

  it('prints ocaml_code verbatim when it defines its own binding, else as the body', () => {
    const d = design('4.11.1')
      .add('helper', 'ocaml_code', { code: 'let helper =\n  noop' })
      .add('kv', 'ocaml_code', { code: 'crunch "htdocs"' })
      .build();
    const { text } = printConfigMl(d);
    expect(text).toContain('let helper =\n  noop');
    expect(text).toContain('let kv = crunch "htdocs"');
  });

  it('gives 1-based line spans that point at each binding', () => {
    const d = net().main('main', 'Unikernel.Make', ['stackv4v6']).wire('stack', 'main').register('main').build();
    const { text, spans } = printConfigMl(d);
    const ls = lines(text);
    for (const [id, name] of [['net', 'net'], ['stack', 'stack'], ['main', 'main']] as const) {
      expect(ls[spans[id]!.start - 1]).toMatch(new RegExp(`^let ${name}\\b`));
    }
    expect(ls[spans.register!.start - 1]).toMatch(/^let \(\) =/);
  });

  it('never throws on broken designs', () => {
    const d = design('4.11.1').add('x', 'no_such_device').add('y', 'main', { functor: 'nope' as never }).wire('ghost', 'y', 'arg1').build();
    expect(() => printConfigMl(d)).not.toThrow();
    expect(buildIr(d).bindings.map((b) => b.name)).toEqual(['y', 'x']);
  });

  it('turns a literal for a runtime_arg parameter into a runtime argument with that default', () => {
    const d = net().add('tcp', 'tcpv4v6_of_stackv4v6').wire('stack', 'tcp').add('srv', 'paf_server', { port: 8443 }).wire('tcp', 'srv').build();
    const { text } = printConfigMl(d);
    expect(text).toContain('let srv_port : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.srv_port"');
    expect(text).toContain('paf_server ~port:srv_port tcp');
    // Its default goes with the composer data (config.composer.json), next to config.ml.
    const sidecar = exportProject(d).find((f) => f.path === SIDECAR_FILE)!.contents;
    expect(JSON.parse(sidecar).runtimeArgs).toEqual([{ name: 'srv_port', type: 'int', default: '8443', doc: 'port of srv' }]);
  });

  it('annotates polymorphic bindings with their inferred type', () => {
    const d = design('4.11.1')
      .add('u', 'direct_udp')
      .add('pick', 'if_impl', { cond: 'Key.is_unix' })
      .wire('u', 'pick', 'then')
      .wire('u', 'pick', 'else')
      .main('main', 'Unikernel.Make', ['udp'])
      .wire('pick', 'main')
      .register('main')
      .build();
    const { text } = printConfigMl(d);
    expect(text).toMatch(/let u : v4v6 udp impl =\n {2}direct_udp \(Stdlib\.failwith/);
    expect(text).toContain('let pick : v4v6 udp impl = if_impl Key.is_unix u u');
    expect(text).toContain('let main : (v4v6 udp -> job) impl = main "Unikernel.Make" (udp @-> job)');
  });

  it('renames an ocaml_code definition that would hide a Mirage value used later', () => {
    const d = design('4.11.1')
      .add('http', 'ocaml_code', { code: 'let http = noop', type: 'job' })
      .add('other', 'ocaml_code', { code: 'http' })
      .register(['http', 'other'])
      .build();
    const { text } = printConfigMl(d);
    expect(text).toContain('let http_1 = noop');
    expect(text).not.toContain('let http =');
    expect(text).toMatch(/\[ http_1\s*; other \]/);
  });
});
