// Seedable generator of random VALID designs for the OCaml check: devices picked from the version's
// catalog, wired only where `checkConnection` accepts, a `main` taking some of them, and `register`.
// A design is kept only when `validateDesign` reports no error.
import { type Catalog, catalogFor, paramsOf } from '../src/core/catalog';
import type { DeviceSpec, ParamSpec, ParamType } from '../src/core/catalog/spec';
import type { Design, ParamValue } from '../src/core/design/schema';
import { indexDesign } from '../src/core/graph/index';
import { inferTypes } from '../src/core/graph/infer';
import { defaultBindingName, newDesign, uniqueName } from '../src/core/graph/ops';
import type { MirageVersion } from '../src/core/reference/types';
import { type Ty, printTy, renameVars } from '../src/core/types/term';
import { unify } from '../src/core/types/unify';
import { reference } from '../src/core/reference/api';
import { checkConnection } from '../src/core/validate/connection';
import { isOcamlValueName } from '../src/core/validate/values';
import { validateDesign } from '../src/core/validate/index';

/** A small deterministic PRNG (mulberry32); same seed → same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKIP = new Set(['main', 'register', 'ocaml_code']);
const MAX_DEVICES = 24;
const STDLIB_NAMES = ['ignore', 'not', 'fst', 'snd', 'print_endline', 'string_of_int', 'some', 'none', 'unit', 'list', 'option', 'x', '_x', "x'"];
const fitCache = new Map<string, DeviceSpec[]>();

/** Raw OCaml (`{ ocaml }` values) per OCaml type: applications, records, functions, to exercise printing.
    Qualified (`Mirage.arp`) because a design may bind a device to the same name. */
const RAW_OCAML: Record<string, string> = {
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

/** `ocaml_code` nodes the generator may add: module type → an expression of that device type. */
const CODE: Record<string, string> = {
  network: 'Mirage.default_network',
  random: 'Mirage.default_random',
  kv_ro: 'Mirage.crunch "htdocs"',
  job: 'Mirage.noop',
  stackv4v6: 'Mirage.generic_stackv4v6 Mirage.default_network',
};

class Gen {
  d: Design;
  budget = 120;
  constructor(
    readonly cat: Catalog,
    readonly r: () => number,
    target: string,
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
      (s) => !SKIP.has(s.id) && s.output !== null && (!s.targets || s.targets.includes(this.d.target)),
    );
  }
  /** A binding name that hides something config.ml may need (a Mirage value or typ, a Stdlib value). */
  hostileName(): string {
    const names = reference.values
      .filter((v) => v.versions[this.cat.version] && isOcamlValueName(v.name))
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
        if (this.d.mirage === '4.0.0') return undefined;
        const name = uniqueArg(this.d, this.r() < 0.3 ? this.hostileName() : 'arg');
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
      const v = raw !== undefined && (p.type.kind === 'ocaml' || this.r() < 0.15) ? { ocaml: raw } : this.literal(p.type);
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
    const name = uniqueName(this.d, this.r() < 0.25 ? this.hostileName() : defaultBindingName(spec.id));
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
    if (code && this.r() < 0.15) {
      const saved = this.d;
      const name = uniqueName(this.d, this.r() < 0.3 ? this.hostileName() : 'code');
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

function pickOne<T>(xs: readonly T[], r: () => number): T | undefined {
  return xs[Math.floor(r() * xs.length)];
}

function innerKind(inner: string): ParamType {
  const t = inner.trim();
  if (t === 'int' || t === 'int64' || t === 'bool' || t === 'string') return { kind: t };
  const opt = /^(.*) option$/.exec(t);
  if (opt) return { kind: 'option', inner: innerKind(opt[1]!) };
  return { kind: 'ocaml', ocamlType: t };
}

function uniqueArg(d: Design, base: string): string {
  const taken = new Set(d.runtimeArgs.map((a) => a.name));
  if (base !== 'arg' && !taken.has(base)) return base;
  for (let i = 1; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

/** One random design for `version` from `seed` (may be invalid; see `randomValidDesigns`). */
export function randomDesign(version: MirageVersion, seed: number): Design {
  const cat = catalogFor(version);
  const r = rng(seed);
  const g = new Gen(cat, r, r() < 0.6 ? 'unix' : (pickOne(cat.targets, r) ?? 'unix'));
  const main = g.d.devices.find((x) => x.id === 'main')!;
  if (r() < 0.3) main.params = { ...main.params, packages: [{ name: 'duration', min: '0.2.0' }] };
  if (r() < 0.3 && version !== '4.0.0') {
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

/** `count` random designs without validation errors, deterministic in `seed`; also how many were rejected. */
export function randomValidDesigns(version: MirageVersion, count: number, seed: number): { designs: Design[]; rejected: number } {
  const designs: Design[] = [];
  let rejected = 0;
  for (let s = seed; designs.length < count && rejected < count * 20; s++) {
    const d = randomDesign(version, s * 7919 + hash(version));
    if (validateDesign(d).some((x) => x.severity === 'error')) rejected++;
    else designs.push(d);
  }
  return { designs, rejected };
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h;
}
