import { refusesJobWithoutArguments } from '../facts/functor';
import { runtimeArgsSupported } from '../reference/api';
// The "layered" shape of `arbitrary.ts`: devices added bottom-up, plus if_impl/match_impl/ocaml_code.
import { catalogFor } from '../catalog';
import type { ParamSpec } from '../catalog/spec';
import { type Design, DESIGN_FORMAT, type ParamValue, type RuntimeArg } from '../design/schema';
import type { MirageVersion } from '../reference/types';
import { type Ty, renameVars } from '../types/term';
import { unify } from '../types/unify';
import { checkConnection } from '../validate/connection';
import { type Choices, layeredLiteral } from './arbitrary-values';
import { indexDesign } from './index';
import { inferTypes } from './infer';

const SKIP = new Set(['main', 'register', 'if_impl', 'match_impl', 'ocaml_code']);

/** A design built bottom-up: `size` tries at devices wired where `checkConnection` allows, optional
    `if_impl`/`match_impl`/`ocaml_code` nodes (options), a main and a register; strings from `p.str()`. */
export function layeredDesign(version: MirageVersion, p: Choices, size: number, o: { code?: boolean; conditionals?: boolean }): Design {
  const catalog = catalogFor(version);
  const specs = [...catalog.devices.values()].filter((s) => !SKIP.has(s.id));
  const rt: RuntimeArg[] =
    !runtimeArgsSupported(version) ? [] : [{ name: 'port', type: 'int', default: '8080', doc: p.str() }, { name: 'name', type: 'string' }];
  let d: Design = {
    format: DESIGN_FORMAT,
    name: p.str() || 'u',
    mirage: version,
    target: catalog.targets[p.int(catalog.targets.length)] ?? 'unix',
    runtimeArgs: rt,
    devices: [],
    wires: [],
  };
  const pos = () => ({ x: p.int(2000), y: p.int(2000) });
  for (let i = 0; i < size; i++) {
    // Prefer devices whose required ports can all be fed by what is there already (deeper graphs).
    const idx = indexDesign(d, catalog);
    const outs = d.devices.map((x) => idx.output(x.id)).filter((t): t is Ty => !!t);
    const feedable = specs.filter((s) =>
      s.args.every((a) => a.role !== 'port' || a.kind === 'optional' || outs.some((o) => unify(o, renameVars(a.type, (v) => `p·${v}`), new Map()).ok)),
    );
    const pool = feedable.length && p.int(4) > 0 ? feedable : specs;
    const spec = pool[p.int(pool.length)]!;
    const id = `d${i}`;
    const params: Record<string, ParamValue> = {};
    let ok = true;
    for (const a of spec.args) {
      if (a.role !== 'param') continue;
      const v = a.kind === 'optional' && p.bool() ? undefined : layeredLiteral(a.type, p, rt);
      if (v !== undefined) params[a.name] = v;
      else if (a.kind !== 'optional' && (a as ParamSpec).type.kind !== 'option') ok = false;
    }
    if (!ok) continue;
    const next: Design = { ...d, devices: [...d.devices, { id, device: spec.id, name: id, params, position: pos() }] };
    let wired = next;
    for (const port of spec.args) {
      if (port.role !== 'port') continue;
      const cands = d.devices.map((x) => x.id).filter((from) => checkConnection(indexDesign(wired, catalog), { from, to: id, port: port.name }).ok);
      if (!cands.length || (port.kind === 'optional' && p.bool())) {
        if (port.kind === 'optional') continue;
        ok = false;
        break;
      }
      const from = cands[p.int(cands.length)]!;
      wired = { ...wired, wires: [...wired.wires, { id: `${from}->${id}.${port.name}`, from, to: id, port: port.name }] };
    }
    if (ok) d = wired;
  }
  d = withBuiltins(d, p, pos, o.code ?? true, o.conditionals ?? true);
  // main: one functor argument per device whose output matches a typ, then register.
  const inferred = inferTypes(indexDesign(d, catalog));
  const functor: string[] = [];
  const args: string[] = [];
  for (const inst of d.devices) {
    if (functor.length >= 3 || p.bool()) continue;
    const out = inferred.outputType(inst.id);
    const typ = [...catalog.typs.values()].find((t) => t.name !== 'job' && out && unify(out, t.type, new Map()).ok);
    if (typ) {
      functor.push(typ.name);
      args.push(inst.id);
    }
  }
  if (!functor.length && refusesJobWithoutArguments(version, false)) {
    const net = d.devices.find((x) => x.device === 'default_network') ?? { id: 'net', device: 'default_network', name: 'net', params: {}, position: pos() };
    if (!d.devices.includes(net)) d = { ...d, devices: [...d.devices, net] };
    functor.push('network');
    args.push(net.id);
  }
  const mainParams: Record<string, ParamValue> = { module: 'Unikernel.Make', functor };
  if (p.bool()) mainParams.packages = [{ name: 'foo', min: '1.0' }, { name: 'bar', sublibs: ['x'] }];
  if (rt.length && p.bool()) mainParams.runtime_args = ['port'];
  d.devices.push({ id: 'main', device: 'main', name: 'main', params: mainParams, position: pos() });
  args.forEach((from, i) => d.wires.push({ id: `${from}->main.arg${i + 1}`, from, to: 'main', port: `arg${i + 1}` }));
  d.devices.push({ id: 'register', device: 'register', name: 'register', params: {}, position: pos() });
  d.wires.push({ id: 'main->register.jobs', from: 'main', to: 'register', port: 'jobs' });
  return d;
}

/** Adds, when the graph allows, an `if_impl` and a `match_impl` over two devices of one type, and an `ocaml_code` node. */
function withBuiltins(d: Design, p: Choices, pos: () => { x: number; y: number }, code: boolean, conditionals: boolean): Design {
  const catalog = catalogFor(d.mirage);
  const index = indexDesign(d, catalog);
  const ids = d.devices.map((x) => x.id);
  const pairs: [string, string][] = [];
  for (const a of ids) {
    for (const b of ids) {
      const ta = index.output(a);
      const tb = index.output(b);
      if (a < b && ta && tb && unify(ta, renameVars(tb, (v) => `q·${v}`), new Map()).ok) pairs.push([a, b]);
    }
  }
  const out = structuredClone(d);
  const wire = (from: string, to: string, port: string) => out.wires.push({ id: `${from}->${to}.${port}`, from, to, port });
  if (conditionals && pairs.length && p.bool()) {
    const [a, b] = pairs[p.int(pairs.length)]!;
    out.devices.push({ id: 'choice', device: 'if_impl', name: 'choice', params: { cond: { key: 'is_solo5' } }, position: pos() });
    wire(a, 'choice', 'then');
    wire(b, 'choice', 'else');
  }
  if (conditionals && pairs.length && catalog.targets.length > 2 && p.bool()) {
    const [a, b] = pairs[p.int(pairs.length)]!;
    const t = catalog.targets.filter((x) => x !== 'unix' && (catalogFor(d.mirage).targets.includes(x)))[p.int(2)]!;
    out.devices.push({ id: 'per_target', device: 'match_impl', name: 'per_target', params: { cases: [t] }, position: pos() });
    wire(a, 'per_target', `case_${t}`);
    wire(b, 'per_target', 'default');
  }
  if (code && ids.length && p.bool()) {
    const r = ids[p.int(ids.length)]!;
    out.devices.push({ id: 'custom', device: 'ocaml_code', name: 'custom', params: { code: `Foo.wrap ${r} "*)"`, refs: [r] }, position: pos() });
    wire(r, 'custom', `ref_${r}`);
  }
  return out;
}
