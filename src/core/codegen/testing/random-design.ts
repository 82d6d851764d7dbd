import { catalogFor } from '../../catalog';
import { paramTypeOf } from '../../catalog/params';
import type { ParamType } from '../../catalog/spec';
import { type Design, DESIGN_FORMAT, type ParamValue } from '../../design/schema';
import { indexDesign } from '../../graph/index';
import { MIRAGE_VERSIONS } from '../../reference/types';
import { checkConnection } from '../../validate/connection';

/** Names that tend to break generated code: Mirage values, keywords, hostile text. */
export const TRICKY_NAMES = [
  'net', 'stack', 'http', 'main', 'job', 'register', 'stackv4v6', 'kv_ro', 'default_network', 'package', 'if_impl',
  'let', 'open', 'x y', '', '_', "a'b", 'Caps', '1abc', '*)', '(*', '"quote"', '$(rm -rf /)', '`ls`', 'é', 'new\nline',
];

const TRICKY_STRINGS = ['htdocs', 'storage', 'a"b', 'back\\slash', 'new\nline', '*) (*', '$(rm -rf /)', '`id`', "it's", 'ünï', ''];

/** A choice source: `pick(n)` returns an integer in [0, n). */
export type Pick = (n: number) => number;

/** A pick function over a fixed list of numbers (cycled), for fast-check generated inputs. */
export function picker(choices: readonly number[]): Pick {
  let i = 0;
  return (n) => (n <= 0 ? 0 : (choices.length ? choices[i++ % choices.length]! : 0) % n);
}

function literal(t: ParamType, pick: Pick, typs: string[], targets: readonly string[], rts: string[]): ParamValue | undefined {
  switch (t.kind) {
    case 'string':
      return TRICKY_STRINGS[pick(TRICKY_STRINGS.length)];
    case 'int':
      return [0, 8080, -1, 4096][pick(4)];
    case 'int64':
      return ['0', '5000000000', '-3'][pick(3)];
    case 'bool':
      return pick(2) === 0;
    case 'string_list':
      return [TRICKY_STRINGS[pick(TRICKY_STRINGS.length)]!, 'x'];
    case 'ipv4':
      return '10.0.0.1';
    case 'ipv6':
      return 'fd00::1';
    case 'ip':
      return '10.0.0.53';
    case 'ipv4_prefix':
      return '10.0.0.2/24';
    case 'ipv6_prefix':
      return 'fd00::2/64';
    case 'enum':
      return t.cases[pick(t.cases.length)];
    case 'log_level':
      return ['info', 'Debug', 'Logs.Warning'][pick(3)];
    case 'option':
      return literal(t.inner, pick, typs, targets, rts);
    case 'runtime_arg':
    case 'key': {
      const how = pick(3);
      if (how === 0 && rts.length) return { runtimeArg: rts[pick(rts.length)]! };
      return how === 1 ? literal(paramTypeOf(t.inner), pick, typs, targets, rts) : undefined;
    }
    case 'value':
      return t.inner === 'bool' ? [true, 'Key.is_solo5', { ocaml: 'Key.is_unix' }][pick(3)] : undefined;
    case 'typ_list':
      return Array.from({ length: pick(3) }, () => typs[pick(typs.length)]!);
    case 'target_list':
      return targets.filter(() => pick(3) === 0);
    default:
      return undefined;
  }
}

/**
 * A random design built like a user would: catalog devices with random (often hostile) names and
 * parameter values, wired only where `checkConnection` accepts the wire, mains and one register.
 */
export function randomDesign(pick: Pick): Design {
  const version = MIRAGE_VERSIONS[pick(MIRAGE_VERSIONS.length)]!;
  const catalog = catalogFor(version);
  const targets = catalog.targets;
  const typs = [...catalog.typs.keys()];
  const ids = [...catalog.devices.keys()].filter((x) => !['main', 'register', 'ocaml_code'].includes(x));
  const rts = version === '4.0.0' ? [] : ['port', 'key', 'http'].slice(0, pick(4));
  let d: Design = {
    format: DESIGN_FORMAT,
    name: ['app', 'my app', 'x"y', ''][pick(4)]!,
    mirage: version,
    target: targets[pick(targets.length)] ?? 'unix',
    runtimeArgs: rts.map((name, i) => ({ name, type: ['int', 'string', 'string option'][i % 3]!, ...(pick(2) ? { default: ['8080', '"x"', 'None'][i % 3]! } : {}) })),
    devices: [],
    wires: [],
  };
  const n = 1 + pick(9);
  for (let i = 0; i < n; i++) {
    const isMain = pick(4) === 0;
    const device = isMain ? 'main' : ids[pick(ids.length)]!;
    const spec = catalog.devices.get(device)!;
    const params: Record<string, ParamValue> = {};
    for (const a of spec.args) {
      if (a.role !== 'param' || pick(4) === 0) continue;
      const v = literal(a.type, pick, typs, targets, rts);
      if (v !== undefined) params[a.name] = v;
    }
    if (isMain) {
      params.module = ['Unikernel.Make', 'Unikernel', 'Unikernel.Main'][pick(3)]!;
      if (rts.length && pick(2)) params.runtime_args = [rts[0]!];
    }
    d.devices.push({ id: `d${i}`, device, name: TRICKY_NAMES[pick(TRICKY_NAMES.length)]!, params, position: { x: i * 100, y: pick(300) } });
  }
  d.devices.push({ id: 'reg', device: 'register', name: 'register', params: {}, position: { x: 0, y: 0 } });
  for (const inst of d.devices) {
    const index = indexDesign(d, catalog);
    for (const port of index.ports(inst.id)) {
      if (pick(5) === 0) continue;
      const candidates = d.devices.filter((s) => s.id !== inst.id && checkConnection(index, { from: s.id, to: inst.id, port: port.name }).ok);
      const wires = port.many ? candidates.filter(() => pick(2) === 0) : candidates.length ? [candidates[pick(candidates.length)]!] : [];
      for (const s of wires) {
        if (!checkConnection(indexDesign(d, catalog), { from: s.id, to: inst.id, port: port.name }).ok) continue;
        d = { ...d, wires: [...d.wires, { id: `${s.id}->${inst.id}.${port.name}`, from: s.id, to: inst.id, port: port.name }] };
      }
    }
  }
  return d;
}
