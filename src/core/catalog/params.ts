import type { ParamType } from './spec';

const IP: Record<string, ParamType['kind']> = {
  'Ipaddr.V4.t': 'ipv4',
  'Ipaddr.V6.t': 'ipv6',
  'Ipaddr.t': 'ip',
  'Ipaddr.V4.Prefix.t': 'ipv4_prefix',
  'Ipaddr.V6.Prefix.t': 'ipv6_prefix',
};

/** Classifies the OCaml type of a scalar argument into how the composer edits and prints it. */
export function paramTypeOf(ocamlType: string): ParamType {
  const t = ocamlType.trim().replace(/\s+/g, ' ');
  if (t === 'string' || t === 'int' || t === 'int64' || t === 'bool') return { kind: t };
  if (t === 'string list') return { kind: 'string_list' };
  const ip = IP[t];
  if (ip) return { kind: ip } as ParamType;
  if (t === 'Logs.level' || t === 'Logs.level option') return { kind: 'log_level' };
  const en = /^\[ *((?:`[A-Za-z0-9_]+ *\|? *)+)\]$/.exec(t);
  if (en) return { kind: 'enum', cases: en[1]!.split('|').map((c) => c.trim()).filter(Boolean) };
  const wrap = /^(.*) (runtime_arg|Key\.key|key|value|Key\.value)$/.exec(t);
  if (wrap) {
    const kind = wrap[2] === 'runtime_arg' ? 'runtime_arg' : wrap[2]!.endsWith('value') ? 'value' : 'key';
    return { kind, inner: wrap[1]! };
  }
  const opt = /^(.*) option$/.exec(t);
  if (opt) {
    const inner = paramTypeOf(opt[1]!);
    if (inner.kind !== 'ocaml') return { kind: 'option', inner };
  }
  return { kind: 'ocaml', ocamlType: t };
}
