// Value tables and literal generators shared by the random-design shapes of `arbitrary.ts`.
import { paramTypeOf } from '../catalog/params';
import type { ParamType } from '../catalog/spec';
import type { Design, ParamValue, RuntimeArg } from '../design/schema';

/** A choice source: `real` in [0, 1), `int(n)` in [0, n) (0 when n ≤ 0), `bool`, and a (maybe hostile) string. */
export interface Choices {
  real(): number;
  int(n: number): number;
  bool(): boolean;
  str(): string;
}

/** Names that tend to break generated code: Mirage values, keywords, hostile text. */
export const TRICKY_NAMES = [
  'net', 'stack', 'http', 'main', 'job', 'register', 'stackv4v6', 'kv_ro', 'default_network', 'package', 'if_impl',
  'let', 'open', 'x y', '', '_', "a'b", 'Caps', '1abc', '*)', '(*', '"quote"', '$(rm -rf /)', '`ls`', 'é', 'new\nline',
];

/** String values that tend to break generated code (quotes, comments, shell, unicode, empty). */
export const TRICKY_STRINGS = ['htdocs', 'storage', 'a"b', 'back\\slash', 'new\nline', '*) (*', '$(rm -rf /)', '`id`', "it's", 'ünï', ''];

/** Stdlib and common names a binding may shadow. */
export const STDLIB_NAMES = ['ignore', 'not', 'fst', 'snd', 'print_endline', 'string_of_int', 'some', 'none', 'unit', 'list', 'option', 'x', '_x', "x'"];

/** Raw OCaml (`{ ocaml }` values) per OCaml type: applications, records, functions, to exercise printing.
    Qualified (`Mirage.arp`) because a design may bind a device to the same name. */
export const RAW_OCAML: Record<string, string> = {
  int: '1 + 1',
  int64: 'Int64.add 1L 2L',
  string: 'String.concat "" [ "da"; "ta" ]',
  bool: 'Stdlib.not false',
  'string list': '[ "a"; "b" ]',
  'Ipaddr.V4.t': 'Ipaddr.V4.of_string_exn "10.0.0.1"',
  'Ipaddr.V6.t': 'Ipaddr.V6.of_string_exn "fd00::1"',
  'Ipaddr.t': 'Ipaddr.of_string_exn "10.0.0.1"',
  'Ipaddr.V4.Prefix.t': 'Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24"',
  'Ipaddr.V6.Prefix.t': 'Ipaddr.V6.Prefix.of_string_exn "fd00::2/64"',
  'Ipaddr.V4.t option': 'Some (Ipaddr.V4.of_string_exn "10.0.0.1")',
  'Ipaddr.t option': 'Some (Ipaddr.of_string_exn "10.0.0.1")',
  ipv4_config: '{ network = Ipaddr.V4.Prefix.of_string_exn "10.0.0.2/24"; gateway = None }',
  ipv6_config: '{ network = Ipaddr.V6.Prefix.of_string_exn "fd00::2/64"; gateway = None }',
  syslog_config: 'Mirage.syslog_config ~port:514 "host"',
  dhcp_requests: 'Mirage.make_dhcp_requests ()',
  'dhcp_requests * lease impl': '(Mirage.make_dhcp_requests (), Mirage.no_lease)',
  '(ethernet impl -> arpv4 impl)': 'fun e -> Mirage.arp e',
  'Logs.level option': 'Some Logs.Debug',
  '[ `Auto | `None | `Some of string ]': '`Auto',
  'Key.t list': '[]',
  'Functoria.package list': '[ Mirage.package "duration" ]',
};

/** `ocaml_code` nodes the typed shape may add: module type → an expression of that device type. */
export const CODE: Record<string, string> = {
  network: 'Mirage.default_network',
  random: 'Mirage.default_random',
  kv_ro: 'Mirage.crunch "htdocs"',
  job: 'Mirage.noop',
  stackv4v6: 'Mirage.generic_stackv4v6 Mirage.default_network',
};

/** The parameter type of a key/value's inner OCaml type (simple types only, else raw OCaml). */
export function innerKind(inner: string): ParamType {
  const t = inner.trim();
  if (t === 'int' || t === 'int64' || t === 'bool' || t === 'string') return { kind: t };
  const opt = /^(.*) option$/.exec(t);
  if (opt) return { kind: 'option', inner: innerKind(opt[1]!) };
  return { kind: 'ocaml', ocamlType: t };
}

/** `base` if no runtime argument of `d` has that name (and it is not `arg`), else `base1`, `base2`, … */
export function uniqueArg(d: Design, base: string): string {
  const taken = new Set(d.runtimeArgs.map((a) => a.name));
  if (base !== 'arg' && !taken.has(base)) return base;
  for (let i = 1; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

/** A hostile literal of `t` (scatter shape): tricky strings, odd numbers, keys, or undefined (none). */
export function trickyLiteral(t: ParamType, pick: (n: number) => number, typs: string[], targets: readonly string[], rts: string[]): ParamValue | undefined {
  const again = (u: ParamType) => trickyLiteral(u, pick, typs, targets, rts);
  switch (t.kind) {
    case 'string': return TRICKY_STRINGS[pick(TRICKY_STRINGS.length)];
    case 'int': return [0, 8080, -1, 4096][pick(4)];
    case 'int64': return ['0', '5000000000', '-3'][pick(3)];
    case 'bool': return pick(2) === 0;
    case 'string_list': return [TRICKY_STRINGS[pick(TRICKY_STRINGS.length)]!, 'x'];
    case 'ipv4': return '10.0.0.1';
    case 'ipv6': return 'fd00::1';
    case 'ip': return '10.0.0.53';
    case 'ipv4_prefix': return '10.0.0.2/24';
    case 'ipv6_prefix': return 'fd00::2/64';
    case 'enum': return t.cases[pick(t.cases.length)];
    case 'log_level': return ['info', 'Debug', 'Logs.Warning'][pick(3)];
    case 'option': return again(t.inner);
    case 'runtime_arg':
    case 'key': {
      const how = pick(3);
      if (how === 0 && rts.length) return { runtimeArg: rts[pick(rts.length)]! };
      return how === 1 ? again(paramTypeOf(t.inner)) : undefined;
    }
    case 'value': return t.inner === 'bool' ? [true, { key: 'is_solo5' }, { key: 'is_unix' }][pick(3)] : undefined;
    case 'typ_list': return Array.from({ length: pick(3) }, () => typs[pick(typs.length)]!);
    case 'target_list': return targets.filter(() => pick(3) === 0);
    default: return undefined;
  }
}

const octet = (p: Choices) => String(p.int(256));
const ipv4 = (p: Choices) => [octet(p), octet(p), octet(p), octet(p)].join('.');

/** A literal of `t` for the layered shape (strings from `p.str()`), or undefined (raw OCaml, keys). */
export function layeredLiteral(t: ParamType, p: Choices, rt: RuntimeArg[]): ParamValue | undefined {
  switch (t.kind) {
    case 'string': return p.str();
    case 'int': return p.int(100_000) - 50;
    case 'int64': return String(BigInt(p.int(1_000_000)) * 1_000_000n - 7n);
    case 'bool': return p.bool();
    case 'string_list': return Array.from({ length: p.int(3) }, () => p.str());
    case 'ipv4':
    case 'ip': return ipv4(p);
    case 'ipv4_prefix': return `${ipv4(p)}/${p.int(33)}`;
    case 'ipv6': return ['::1', 'fe80::1', '2001:db8::5'][p.int(3)]!;
    case 'ipv6_prefix': return ['fe80::/64', '2001:db8::/32'][p.int(2)]!;
    case 'enum': return t.cases[p.int(t.cases.length)]!;
    case 'log_level': return ['app', 'error', 'warning', 'info', 'debug'][p.int(5)]!;
    case 'option': return p.bool() ? null : layeredLiteral(t.inner, p, rt);
    case 'runtime_arg': {
      const r = rt.find((x) => x.type === t.inner);
      return r ? { runtimeArg: r.name } : undefined;
    }
    default: return undefined;
  }
}
