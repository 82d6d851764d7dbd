import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import type { Design } from '../design/schema';
import { canonicalDesign } from '../graph/canonical';
import { importConfigMl } from './import';
import type { OcamlParser } from './parser';
import { testParser } from './testing/nodeParser';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

const H = '(* mirage >= 4.11.0 & < 4.12.0 *)\nopen Mirage\n';

function read(source: string): Extract<ReturnType<typeof importConfigMl>, { ok: true }> {
  const r = importConfigMl(source, parser);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}
const errors = (r: { diagnostics: { severity: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error');
const dev = (d: Design, name: string) => d.devices.find((x) => x.name === name);
const wires = (d: Design) => d.wires.map((w) => `${w.from}->${w.to}.${w.port}`).sort();

/** import → export → import gives the same design (hand-written configs are stable after one pass). */
function expectStable(d: Design): void {
  const again = read(printConfigMl(d).text);
  expect(canonicalDesign(again.design)).toEqual(canonicalDesign(d));
}

describe('importConfigMl: the config.ml subset', () => {
  it('reads a network stack, shared bindings, main with $ and register', () => {
    const r = read(`${H}
let net = default_network
let stack = generic_stackv4v6 ~group:"eth" net
let tcp = tcpv4v6_of_stackv4v6 stack
let main = main "Unikernel.Make" (stackv4v6 @-> tcpv4v6 @-> job)
let () = register "web" [ main $ stack $ tcp ]
`);
    expect(errors(r)).toEqual([]);
    expect(r.design.name).toBe('web');
    expect(dev(r.design, 'stack')).toMatchObject({ device: 'generic_stackv4v6', params: { group: 'eth' } });
    expect(wires(r.design)).toEqual(['main->register.jobs', 'net->stack.arg1', 'stack->main.arg1', 'stack->tcp.arg1', 'tcp->main.arg2']);
    expect(r.kept).toEqual([]);
    expectStable(r.design);
  });

  it('reads @@, |>, parentheses, begin…end, local lets and local opens of Mirage', () => {
    const r = read(`${H}
let stack = begin let n = default_network in generic_stackv4v6 @@ n end
let tcp = stack |> tcpv4v6_of_stackv4v6
let s2 = Mirage.(generic_stackv4v6 (netif "tap1"))
let () = register "x" [ main "U" (tcpv4v6 @-> stackv4v6 @-> job) $ tcp $ s2 ]
`);
    expect(errors(r)).toEqual([]);
    expect(dev(r.design, 'n')?.device).toBe('default_network');
    expect(wires(r.design)).toContain('stack->tcp.arg1');
    const tap = r.design.devices.find((d) => d.device === 'netif')!;
    expect(tap.params).toEqual({ arg1: 'tap1' });
    expect(wires(r.design)).toContain(`${tap.name}->s2.arg1`);
    expectStable(r.design);
  });

  it('inlines helper functions with labelled, optional and punned parameters as a graph', () => {
    const r = read(`${H}
let stack = generic_stackv4v6 default_network
let dns ?(timeout = 5_000_000_000L) ~stack he = generic_dns_client ~timeout stack he
let make_mimic ?group stack he dns = let _ = group in mimic_happy_eyeballs stack he dns
let he = generic_happy_eyeballs stack
let m = make_mimic stack he (dns ~stack he)
let () = register "x" [ main "U" (mimic @-> job) $ m ]
`);
    expect(errors(r)).toEqual([]);
    expect(dev(r.design, 'm')?.device).toBe('mimic_happy_eyeballs');
    const client = r.design.devices.find((d) => d.device === 'generic_dns_client')!;
    expect(client.params).toEqual({ timeout: '5000000000' });
    expect(wires(r.design)).toEqual(expect.arrayContaining([`${client.name}->m.arg3`, 'he->m.arg2', 'stack->m.arg1', `he->${client.name}.arg2`]));
    expect(r.kept).toEqual([]);
    expectStable(r.design);
  });

  it('reads applied devices ($), fun, let open, ;; and Ipaddr literals', () => {
    const r = read(`${H};;
let net = default_network (* the net *)
let eth = etif net
let dhcp = ipv4_of_dhcp net eth (arp eth)
let n2 = dhcp_proj_net $ dhcp
let f = fun x -> generic_stackv4v6 x
let s = f n2
let s2 = let open Mirage in generic_stackv4v6 ~ipv4_network:(Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24") net
let () = register "x" ~argv:default_argv [ main "U" (stackv4v6 @-> stackv4v6 @-> job) $ s $ s2 ]
`);
    expect(errors(r)).toEqual([]);
    expect(r.kept).toEqual([]);
    expect(dev(r.design, 'n2')?.device).toBe('dhcp_proj_net');
    expect(dev(r.design, 's')?.device).toBe('generic_stackv4v6');
    expect(dev(r.design, 's2')?.params).toEqual({ ipv4_network: '10.0.0.2/24' });
    expect(wires(r.design)).toEqual(expect.arrayContaining(['dhcp->n2.arg1', 'n2->s.arg1', 'argv_1->register.argv']));
    expectStable(r.design);
  });

  it('reads literals: int64, bools, polymorphic variants, Some/None, {| |} strings, lists', () => {
    const r = read(`${H}
let he = generic_happy_eyeballs ~aaaa_timeout:1_000L ~resolve_retries:3 (generic_stackv4v6 default_network)
let kv = docteur ~mode:\`Light ~branch:{|refs/heads/main|} "git://x"
let c = conduit_direct ~tls:true (generic_stackv4v6 default_network)
let r = default_reporter ~level:(Some Logs.Debug) ()
let r2 = default_reporter ~level:None ()
let dns = generic_dns_client ~nameservers:[ "udp:1.1.1.1"; "tcp:8.8.8.8" ] (generic_stackv4v6 default_network) he
`);
    expect(errors(r)).toEqual([]);
    expect(dev(r.design, 'he')?.params).toEqual({ aaaa_timeout: '1000', resolve_retries: 3 });
    expect(dev(r.design, 'kv')?.params).toEqual({ mode: '`Light', branch: 'refs/heads/main', arg1: 'git://x' });
    expect(dev(r.design, 'c')?.params).toEqual({ tls: true });
    expect(dev(r.design, 'r')?.params).toEqual({ level: 'debug' });
    expect(dev(r.design, 'r2')?.params).toEqual({ level: null });
    expect(dev(r.design, 'dns')?.params).toEqual({ nameservers: ['udp:1.1.1.1', 'tcp:8.8.8.8'] });
    expectStable(r.design);
  });

  it('reads runtime arguments, packages and Key expressions', () => {
    const r = read(`${H}
let port : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.port"
let kv = generic_kv_ro ~key:Key.(value @@ kv_ro ~group:"data" ()) "htdocs"
let http = paf_server ~port (tcpv4v6_of_stackv4v6 (generic_stackv4v6 default_network))
let main = main ~packages:[ package ~min:"0.3" ~max:"0.4" ~sublibs:[ "lwt" ] "paf" ] ~runtime_args:[ Runtime_arg.v port ] "Unikernel.Make" (http_server @-> kv_ro @-> job)
let () = register "web" [ main $ http $ kv ]
`);
    expect(errors(r)).toEqual([]);
    expect(r.design.runtimeArgs).toEqual([{ name: 'port', type: 'int' }]);
    expect(dev(r.design, 'http')?.params).toEqual({ port: { runtimeArg: 'port' } });
    // The configure key is modelled (its group matters: it names the flag `--data-kv_ro`).
    expect(dev(r.design, 'kv')?.params).toEqual({ key: { key: 'kv_ro', group: 'data' }, arg1: 'htdocs' });
    expect(dev(r.design, 'main')?.params).toMatchObject({
      packages: [{ name: 'paf', min: '0.3', max: '0.4', sublibs: ['lwt'] }],
      runtime_args: ['port'],
      functor: ['http_server', 'kv_ro'],
    });
  });

  it('reads if_impl and match_impl', () => {
    const r = read(`${H}
let net = if_impl Key.is_solo5 default_network (netif "tap0")
let n2 = match_impl Key.(value target) [ (\`Hvt, netif "service"); (\`Xen, netif "0") ] ~default:default_network
let () = register "x" [ main "U" (network @-> network @-> job) $ net $ n2 ]
`);
    expect(errors(r)).toEqual([]);
    expect(dev(r.design, 'net')).toMatchObject({ device: 'if_impl', params: { cond: { key: 'is_solo5' } } });
    expect(dev(r.design, 'n2')).toMatchObject({ device: 'match_impl', params: { cases: ['hvt', 'xen'] } });
    expect(wires(r.design).filter((w) => w.includes('->n2.'))).toHaveLength(3);
    expect(wires(r.design).filter((w) => w.includes('->net.'))).toHaveLength(2);
  });

  it('keeps custom impls and arbitrary OCaml as ocaml_code nodes, wired to what they mention, with their module type', () => {
    const r = read(`${H}
type t = A | B
let stack = generic_stackv4v6 default_network
let git_impl = impl "Git.Mem.Make" (stackv4v6 @-> kv_ro)
let store = git_impl $ stack
let () = register "x" [ main "U" (kv_ro @-> job) $ store ]
`);
    expect(errors(r)).toEqual([]);
    expect(r.kept.map((k) => [k.name, k.line])).toEqual([
      ['code', 4],
      ['git_impl', 6],
      ['store', 7],
    ]);
    expect(dev(r.design, 'git_impl')?.params).toEqual({ code: 'impl "Git.Mem.Make" (stackv4v6 @-> kv_ro)', type: 'kv_ro' });
    expect(dev(r.design, 'store')?.params).toMatchObject({ code: 'git_impl $ stack', type: 'kv_ro', refs: ['git_impl', 'stack'] });
    expect(wires(r.design)).toEqual(expect.arrayContaining(['git_impl->store.ref_git_impl', 'stack->store.ref_stack', 'store->main.arg1']));
    expect(dev(r.design, 'code')?.params.code).toBe('type t = A | B');
  });

  it('drops nothing silently: used constants and helpers are inlined (info), unused ones are kept as code', () => {
    const r = read(`${H}
let group = "eth"
let unused = 42
let make_stack ~group net = generic_stackv4v6 ~group net
let never_called x = x
let s = make_stack ~group default_network
let () = register "x" [ main "U" (stackv4v6 @-> job) $ s ]
`);
    expect(errors(r)).toEqual([]);
    expect(dev(r.design, 's')?.params).toEqual({ group: 'eth' });
    const infos = r.diagnostics.filter((d) => d.code === 'MC021').map((d) => d.message);
    expect(infos).toEqual(expect.arrayContaining(['The value `group` is inlined where it is used.', 'The helper `make_stack` is inlined where it is used.']));
    expect(r.kept.map((k) => [k.name, k.reason])).toEqual([
      ['unused', 'a value no device uses'],
      ['never_called', 'a value no device uses'],
    ]);
    expect(dev(r.design, 'never_called')?.params.code).toBe('let never_called x = x');
    expectStable(r.design);
  });

  it('restores positions and target from the metadata comment, else lays out by dependency depth', () => {
    const src = `${H}let net = default_network\nlet stack = generic_stackv4v6 net\nlet () = register "x" [ main "U" (stackv4v6 @-> job) $ stack ]\n`;
    const plain = read(src).design;
    const x = (n: string) => dev(plain, n)!.position.x;
    expect(x('net')).toBeLessThan(x('stack'));
    expect(x('stack')).toBeLessThan(x('main'));
    expect(x('main')).toBeLessThan(x('register'));
    const meta = '(* mirage-composer: {"format":1,"target":"hvt","positions":{"net":{"x":7,"y":9},"register":{"x":1,"y":2}},"runtimeArgs":[]} *)\n';
    const withMeta = read(src + meta).design;
    expect(withMeta.target).toBe('hvt');
    expect(dev(withMeta, 'net')!.position).toEqual({ x: 7, y: 9 });
    expect(dev(withMeta, 'register')!.position).toEqual({ x: 1, y: 2 });
  });

  it('picks the version from the header, else the fallback', () => {
    const body = 'open Mirage\nlet s = socket_stackv4v6 ()\n';
    expect(importConfigMl(`(* mirage >= 4.8.0 & < 4.9.0 *)\n${body}`, parser)).toMatchObject({ ok: true, design: { mirage: '4.8.2' } });
    expect(importConfigMl(`(* mirage >= 4.5.0 & < 4.6.0 *)\n${body}`, parser)).toMatchObject({ ok: true, design: { mirage: '4.5.1' } });
    expect(importConfigMl(body, parser, { fallbackVersion: '4.7.0' })).toMatchObject({ ok: true, design: { mirage: '4.7.0' } });
    const latest = importConfigMl(body, parser);
    expect(latest.ok && latest.design.mirage).toBe('4.11.1');
    expect(latest.diagnostics.find((d) => d.code === 'MC008')?.message).toContain('`socket_stackv4v6` does not exist in Mirage 4.11.1');
  });
});
