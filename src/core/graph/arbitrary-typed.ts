import { termTypeFor } from '../facts/runtime-args';
import { runsOn } from '../facts';
// The "typed" shape of `arbitrary.ts`: devices picked from the version's catalog, grown from `main`
// down, wired only where `checkConnection` accepts, a `main` taking some of them, and `register`.
import { type Catalog, catalogFor, paramsOf } from '../catalog';
import { isValueName } from '../codegen/names';
import type { DeviceSpec, ParamSpec, ParamType } from '../catalog/spec';
import type { Design, ParamValue } from '../design/schema';
import { reference, runtimeArgsSupported } from '../reference/api';
import type { MirageVersion } from '../reference/types';
import { type Ty, printTy, renameVars } from '../types/term';
import { unify } from '../types/unify';
import { checkConnection } from '../validate/connection';
import { type Choices, CODE, RAW_OCAML, STDLIB_NAMES, innerKind, uniqueArg } from './arbitrary-values';
import { indexDesign } from './index';
import { inferTypes } from './infer';
import { defaultBindingName, newDesign, uniqueName } from './ops';

const SKIP = new Set(['main', 'register', 'ocaml_code']);
const MAX_DEVICES = 24;
const fitCache = new Map<string, DeviceSpec[]>();

class Gen {
  d: Design;
  budget = 120;
  constructor(
    readonly cat: Catalog,
    readonly r: () => number,
    target: string,
    readonly hostile: boolean,
    readonly code: boolean,
  ) {
    this.d = { ...newDesign(cat.version, target), name: 'random' };
  }
  pick<T>(xs: readonly T[]): T | undefined {
    return xs[Math.floor(this.r() * xs.length)];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.r() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  }
  specs(): DeviceSpec[] {
    return [...this.cat.devices.values()].filter(
      (s) => !SKIP.has(s.id) && s.output !== null && runsOn(s.id, this.d.mirage, this.d.target),
    );
  }
  /** A binding name that hides something config.ml may need (a Mirage value or typ, a Stdlib value). */
  hostileName(): string {
    const names = reference.values
      .filter((v) => v.versions[this.cat.version] && isValueName(v.name))
      .map((v) => v.name);
    return this.pick([...names, ...STDLIB_NAMES]) ?? 'x';
  }
  /** Device specs whose output may go where `want` is expected (memoised per type). */
  fitting(want: Ty | null): DeviceSpec[] {
    const key = `${this.cat.version}|${this.d.target}|${want ? printTy(want) : ''}`;
    let hit = fitCache.get(key);
    if (!hit) {
      hit = this.specs().filter((spec) => !want || unify(renameVars(spec.output!, (v) => `fresh·${v}`), want).ok);
      fitCache.set(key, hit);
    }
    return hit;
  }
  /** A literal of a parameter type, or undefined when the generator has none (raw OCaml). */
  literal(t: ParamType): ParamValue | undefined {
    switch (t.kind) {
      case 'string': return 'data';
      case 'int': return 1 + Math.floor(this.r() * 8);
      case 'int64': return '30';
      case 'bool': return this.r() < 0.5;
      case 'string_list': return ['192.168.1.1'];
      case 'ipv4': case 'ip': return '10.0.0.2';
      case 'ipv6': return 'fd00::2';
      case 'ipv4_prefix': return '10.0.0.2/24';
      case 'ipv6_prefix': return 'fd00::2/64';
      case 'enum': return this.pick(t.cases);
      case 'log_level': return 'info';
      case 'target_list': return this.shuffle(this.cat.targets.filter((t) => t !== this.d.target)).slice(0, 1 + Math.floor(this.r() * 2));
      case 'option': return this.literal(t.inner);
      case 'key': case 'value': return this.literal(innerKind(t.inner));
      case 'runtime_arg': {
        if (!runtimeArgsSupported(this.d.mirage)) return undefined;
        const name = uniqueArg(this.d, this.hostile && this.r() < 0.3 ? this.hostileName() : 'arg');
        this.d.runtimeArgs = [...this.d.runtimeArgs, { name, type: t.inner }];
        return { runtimeArg: name };
      }
      default: return undefined;
    }
  }
  params(spec: DeviceSpec): Record<string, ParamValue> | null {
    const out: Record<string, ParamValue> = {};
    for (const p of paramsOf(spec) as ParamSpec[]) {
      const optional = p.kind === 'optional';
      if (optional && this.r() > 0.3) continue;
      const raw = RAW_OCAML[p.ocamlType.replace(/\s+/g, ' ').trim()];
      // A runtime argument gets the type the unikernel's term needs (`termTypeFor`: ccm_block's key is a `string`).
      const positional = (paramsOf(spec) as ParamSpec[]).filter((x) => x.kind === 'positional');
      const type = p.type.kind === 'runtime_arg' ? { kind: 'runtime_arg' as const, inner: termTypeFor(spec.id, this.d.mirage, p, positional) ?? p.type.inner } : p.type;
      const v = raw !== undefined && (p.type.kind === 'ocaml' || this.r() < 0.15) ? { ocaml: raw } : this.literal(type);
      if (v === undefined) {
        if (optional) continue;
        return null;
      }
      out[p.name] = v;
    }
    return out;
  }
  connect(from: string, to: string, port: string): boolean {
    const v = checkConnection(indexDesign(this.d, this.cat), { from, to, port });
    if (!v.ok) return false;
    this.d = { ...this.d, wires: [...this.d.wires, { id: `${from}->${to}.${port}`, from, to, port }] };
    return true;
  }
  /** Adds an instance of `spec` with its required ports wired (recursively); null (design unchanged) on failure. */
  make(spec: DeviceSpec, depth: number): string | null {
    const saved = this.d;
    if (this.d.devices.length >= MAX_DEVICES || depth > 5 || --this.budget < 0) return null;
    const params = this.params(spec);
    if (!params) return ((this.d = saved), null);
    const name = uniqueName(this.d, this.hostile && this.r() < 0.25 ? this.hostileName() : defaultBindingName(spec.id));
    this.d = { ...this.d, devices: [...this.d.devices, { id: name, device: spec.id, name, params, position: { x: 0, y: 0 } }] };
    for (const port of indexDesign(this.d, this.cat).ports(name)) {
      const required = port.kind !== 'optional';
      if (!required && (depth > 2 || this.r() > 0.3)) continue;
      if (!this.fill(name, port.name, depth) && required) return ((this.d = saved), null);
    }
    return name;
  }
  /** Wires some existing or new device into `port` of `to`. */
  fill(to: string, port: string, depth: number): boolean {
    const existing = this.shuffle(this.d.devices.filter((x) => x.id !== to && !SKIP.has(x.device)));
    const index = indexDesign(this.d, this.cat);
    const inference = inferTypes(index);
    if (this.r() < 0.6) {
      const e = existing.find((x) => checkConnection(index, { from: x.id, to, port }, inference).ok);
      if (e) return this.connect(e.id, to, port);
    }
    const want = inference.portType(to, port);
    const code = want && CODE[printTy(want)];
    if (code && this.code && this.r() < 0.15) {
      const saved = this.d;
      const name = uniqueName(this.d, this.hostile && this.r() < 0.3 ? this.hostileName() : 'code');
      const params = { code, type: printTy(want!) };
      this.d = { ...this.d, devices: [...this.d.devices, { id: name, device: 'ocaml_code', name, params, position: { x: 0, y: 0 } }] };
      if (this.connect(name, to, port)) return true;
      this.d = saved;
    }
    for (const spec of this.shuffle(this.fitting(want)).slice(0, 4)) {
      const saved = this.d;
      const id = this.make(spec, depth + 1);
      if (id && this.connect(id, to, port)) return true;
      this.d = saved;
    }
    return false;
  }
  /** Adds a device and a matching typ as the next functor argument of `main`. */
  addJobArg(): void {
    const saved = this.d;
    const spec = this.pick(this.specs());
    const id = spec && this.make(spec, 0);
    if (!id) return void (this.d = saved);
    const main = this.d.devices.find((x) => x.id === 'main')!;
    const functor = (main.params.functor as string[]) ?? [];
    for (const typ of this.shuffle([...this.cat.typs.keys()])) {
      const withTyp = { ...main, params: { ...main.params, functor: [...functor, typ] } };
      const before = this.d;
      this.d = { ...this.d, devices: this.d.devices.map((x) => (x.id === 'main' ? withTyp : x)) };
      if (this.connect(id, 'main', `arg${functor.length + 1}`)) return;
      this.d = before;
    }
    this.d = saved;
  }
}

/** A design grown from `main` down: typed device choices, only accepted wires, mostly valid (options: hostile, code). */
export function typedDesign(version: MirageVersion, c: Choices, o: { hostile?: boolean; code?: boolean }): Design {
  const cat = catalogFor(version);
  const r = () => c.real();
  const target = r() < 0.6 ? 'unix' : (cat.targets[Math.floor(r() * cat.targets.length)] ?? 'unix');
  const g = new Gen(cat, r, target, o.hostile ?? true, o.code ?? true);
  const main = g.d.devices.find((x) => x.id === 'main')!;
  if (r() < 0.3) main.params = { ...main.params, packages: [{ name: 'duration', min: '0.2.0' }] };
  if (r() < 0.3 && runtimeArgsSupported(version)) {
    g.d.runtimeArgs = [...g.d.runtimeArgs, { name: 'port', type: 'int', default: '8080', doc: 'The port.' }];
    main.params = { ...main.params, runtime_args: ['port'] };
  }
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) g.addJobArg();
  const regSpec = cat.devices.get('register');
  const regParams = regSpec ? g.params(regSpec) : null;
  if (regParams) g.d = { ...g.d, devices: g.d.devices.map((x) => (x.id === 'register' ? { ...x, params: regParams } : x)) };
  const reg = indexDesign(g.d, cat).ports('register').filter((p) => p.name !== 'jobs');
  for (const p of reg) if (r() < 0.3) g.fill('register', p.name, 1);
  return g.d;
}
