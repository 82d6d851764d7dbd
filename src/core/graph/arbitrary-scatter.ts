import { runtimeArgsSupported } from '../reference/api';
// The "scatter" shape of `arbitrary.ts`: random devices with hostile names, randomly wired.
import { catalogFor } from '../catalog';
import { type Design, DESIGN_FORMAT, type ParamValue } from '../design/schema';
import type { MirageVersion } from '../reference/types';
import { checkConnection } from '../validate/connection';
import { type Choices, TRICKY_NAMES, trickyLiteral } from './arbitrary-values';
import { indexDesign } from './index';

/**
 * A design built like a user would: catalog devices with random (by default hostile) names and
 * parameter values, wired only where `checkConnection` accepts the wire, any number of mains, one register.
 * May be invalid (duplicate or empty names, unwired ports): for code generators that must cope.
 */
export function scatterDesign(version: MirageVersion, c: Choices, o: { hostile?: boolean }): Design {
  const pick = (n: number) => c.int(n);
  const hostile = o.hostile ?? true;
  const catalog = catalogFor(version);
  const targets = catalog.targets;
  const typs = [...catalog.typs.keys()];
  const ids = [...catalog.devices.keys()].filter((x) => !['main', 'register', 'ocaml_code'].includes(x));
  const rts = !runtimeArgsSupported(version) ? [] : ['port', 'key', 'http'].slice(0, pick(4));
  let d: Design = {
    format: DESIGN_FORMAT,
    name: hostile ? ['app', 'my app', 'x"y', ''][pick(4)]! : 'app',
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
      const v = trickyLiteral(a.type, pick, typs, targets, rts);
      if (v !== undefined) params[a.name] = v;
    }
    if (isMain) {
      params.module = ['Unikernel.Make', 'Unikernel', 'Unikernel.Main'][pick(3)]!;
      if (rts.length && pick(2)) params.runtime_args = [rts[0]!];
    }
    d.devices.push({ id: `d${i}`, device, name: hostile ? TRICKY_NAMES[pick(TRICKY_NAMES.length)]! : `d${i}`, params, position: { x: i * 100, y: pick(300) } });
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
