import { catalogFor } from '../catalog';
import { flagName } from '../codegen/cmdliner';
import { launchCommand } from '../codegen/launch';
import type { Design, DeviceInstance } from '../design/schema';
import { GENERIC_STACKS, instanceGroup, stackPlan } from '../facts/index';
import { runtimeArgsSupported } from '../reference/api';
import { targetFacts } from '../reference/runtime';
import type { PackageFact } from '../reference/runtime-types';
import type { MirageVersion } from '../reference/versions';
import { type DeviceExplanation, type ExplainedFlag, explainDevice } from './device';
import { targetCondition } from './implementation';
import type { DeviceName } from './names';
import { packageText } from './packages';

/** A whole design explained at its release for one target: a plain account plus the data it is made from. */
export interface DesignExplanation {
  name: string;
  version: MirageVersion;
  target: string;
  /** Where `mirage build` puts the unikernel (from the target facts), when known. */
  output: string | null;
  /** Paragraphs in plain language (`backticks` mark code). */
  account: string[];
  /** The devices that end up in the unikernel on this target, from `register` down. */
  devices: DeviceExplanation[];
  /** Bindings on the canvas that nothing registered uses on this target. */
  unused: string[];
  flags: ExplainedFlag[];
  packages: PackageFact[];
  names: DeviceName[];
  /** Flags the exported build.sh passes to `mirage configure` (the stack choice). */
  configure: string[];
  launch: string;
}

/**
 * True when a wire into `inst` is not followed on `target`: the branch an `if_impl` decided by the target leaves
 * out, and the network of a generic stack that becomes the host socket stack (`socket_stackv4v6 ?group ()` takes
 * no network, lib/devices/stack.ml@v4.11.1). Mirage keeps only the chosen branches when it evaluates the graph
 * (`Impl.simplify` before collecting runtime args and packages, lib/functoria/lib.ml@v4.11.1).
 */
function skipped(design: Design, inst: DeviceInstance, port: string, target: string): boolean {
  if (inst.device === 'if_impl') {
    const holds = targetCondition(inst.params.cond, target);
    return holds !== null && port === (holds ? 'else' : 'then');
  }
  return GENERIC_STACKS.has(inst.device) && stackPlan(inst.device, design.mirage, target, instanceGroup(inst)).mode === 'socket';
}

/** The instances `register` pulls in on `target`: wires followed backwards, except those `skipped` there. */
export function usedOn(design: Design, target: string): DeviceInstance[] {
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const order: DeviceInstance[] = [];
  const visit = (id: string) => {
    const inst = byId.get(id);
    if (!inst || seen.has(id)) return;
    seen.add(id);
    for (const w of design.wires) if (w.to === id && !skipped(design, inst, w.port, target)) visit(w.from);
    order.push(inst);
  };
  for (const r of design.devices.filter((d) => d.device === 'register')) visit(r.id);
  return order;
}

/** Where the build leaves the unikernel on `target` (`dist/NAME.hvt`), from the target facts. */
function outputOf(name: string, target: string): string | null {
  const entry = Object.entries(targetFacts.outputs as Record<string, string>).find(([k]) => k.split(/\s+/).includes(target));
  const path = entry?.[1].split(' (')[0]?.trim();
  return path && /NAME/.test(path) ? path.replace('NAME', name) : null;
}

/** The unikernel's own runtime arguments that the used devices and `main` read, as flags. */
function ownFlags(design: Design, used: readonly DeviceInstance[]): ExplainedFlag[] {
  const names = new Set<string>();
  for (const inst of used) {
    for (const v of Object.values(inst.params)) if (v && typeof v === 'object' && !Array.isArray(v) && 'runtimeArg' in v) names.add(v.runtimeArg);
    const listed = inst.device === 'main' && Array.isArray(inst.params.runtime_args) ? inst.params.runtime_args : [];
    for (const n of listed) if (typeof n === 'string') names.add(n);
  }
  const stage = runtimeArgsSupported(design.mirage) ? 'runtime' : 'configure+runtime';
  return design.runtimeArgs
    .filter((a) => names.has(a.name))
    .map((a) => ({ flag: `--${flagName(a.name)}`, aliases: [`--${flagName(a.name)}`], stage, type: a.type, ...(a.default !== undefined ? { default: a.default } : {}), from: 'unikernel.ml' }));
}

/** Flags by name and stage, once each (two stacks of one group register `--ipv4` once). */
function dedupeFlags(flags: readonly ExplainedFlag[]): ExplainedFlag[] {
  const out = new Map<string, ExplainedFlag>();
  for (const f of flags) {
    const k = `${f.stage}|${f.flag}`;
    const old = out.get(k);
    out.set(k, old ? { ...old, from: old.from.split(', ').includes(f.from) ? old.from : `${old.from}, ${f.from}` } : f);
  }
  return [...out.values()];
}

const flagWords = (f: ExplainedFlag) => `\`${f.flag}\`${f.type || f.default ? ` (${[f.type, f.default !== undefined ? `default ${f.default}` : ''].filter(Boolean).join(', ')})` : ''}`;
const list = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const count = (n: number, what: string) => `${n === 1 ? 'one' : n} ${what}${n === 1 ? '' : 's'}`;

/** Explains a design on `target` (default: its own), from the facts; never throws on an incomplete design. */
export function explainDesign(input: Design, target = input.target): DesignExplanation {
  const design = input.target === target ? input : { ...input, target };
  const catalog = catalogFor(design.mirage);
  const used = usedOn(design, target);
  const usedIds = new Set(used.map((d) => d.id));
  const devices = used.map((d) => explainDevice(design, d.id, target)!);
  const flags = dedupeFlags([...ownFlags(design, used), ...devices.flatMap((d) => d.flags)]);
  const packages = [...new Map(devices.flatMap((d) => d.packages).map((p) => [p.name, p])).values()];
  const names = devices.flatMap((d) => d.names);
  const configure = [...new Set(used.filter((d) => GENERIC_STACKS.has(d.device)).flatMap((d) => stackPlan(d.device, design.mirage, target, instanceGroup(d)).configureFlags))];
  const output = outputOf(design.name.trim() || 'unikernel', target);
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const label = (d: DeviceInstance) => (d.device === d.name ? `\`${d.name}\`` : `\`${d.name}\` (\`${d.device}\`)`);

  const account: string[] = [];
  account.push(`\`${design.name}\` is a unikernel for Mirage ${design.mirage}, built for ${target}${output ? `: \`mirage build\` leaves it in \`${output}\`` : ''}.`);
  for (const main of used.filter((d) => d.device === 'main')) {
    const functor = Array.isArray(main.params.functor) ? main.params.functor.filter((t): t is string => typeof t === 'string') : [];
    const module = typeof main.params.module === 'string' ? main.params.module : '?';
    account.push(functor.length ? `Your code is \`${module}\`, a functor over ${list(functor.map((t) => `\`${t}\``))}.` : `Your code is \`${module}\`, a plain module: it takes no devices.`);
    functor.forEach((typ, i) => {
      const src = design.wires.find((w) => w.to === main.id && w.port === `arg${i + 1}`);
      const from = src && byId.get(src.from);
      if (!from) return void account.push(`Nothing is wired into its \`${typ}\` parameter yet.`);
      const under = used.filter((d) => d.id !== from.id && d.device !== 'main' && d.device !== 'register' && dependsOn(design, from.id, d.id, target));
      const doc = catalog.devices.get(from.device)?.doc;
      account.push(`Its \`${typ}\` is ${label(from)}${doc ? ` — ${lower(doc)}` : ''}${under.length ? ` It is built on ${list(under.map(label))}.` : ''}`);
    });
  }
  for (const d of devices) for (const n of d.implementation.notes) if (d.device !== 'main') account.push(`${label(byId.get(d.instance)!)}: ${n}`);
  const leftOut = new Set<string>();
  for (const c of used) {
    for (const w of design.wires) {
      const from = byId.get(w.from);
      if (w.to !== c.id || !from || usedIds.has(from.id) || !skipped(design, c, w.port, target)) continue;
      leftOut.add(from.id);
      account.push(`On ${target}, ${label(c)} does not use ${label(from)}: it is left out.`);
    }
  }
  const nets = names.filter((n) => n.kind === 'network');
  const blocks = names.filter((n) => n.kind === 'block');
  if (nets.length || blocks.length) {
    const parts = [nets.length ? `${count(nets.length, 'network device')} named ${list(nets.map((n) => `\`${n.name}\``))}` : '', blocks.length ? `${count(blocks.length, 'block device')} named ${list(blocks.map((n) => `\`${n.name}\``))}` : ''].filter(Boolean);
    account.push(`On ${target} it needs ${list(parts)}.`);
  }
  const runtime = flags.filter((f) => f.stage !== 'configure');
  const conf = flags.filter((f) => f.stage === 'configure');
  account.push(runtime.length ? `When it starts it accepts ${list(runtime.map(flagWords))}.` : 'It takes no command-line arguments of its own.');
  if (conf.length) account.push(`\`mirage configure\` reads ${list(conf.map(flagWords))}${configure.length ? `; the exported build.sh passes \`${configure.join(' ')}\`` : ''}.`);
  if (packages.length) {
    const variants = used.some((d) => GENERIC_STACKS.has(d.device)) ? ' (for a generic stack, the packages of all its variants: `mirage configure` keeps those of the one it builds)' : '';
    account.push(`Its devices pull in ${count(packages.length, 'opam package')}${variants}: ${packages.map((p) => `\`${packageText(p)}\``).join(', ')}.`);
  }
  const unused = design.devices.filter((d) => !usedIds.has(d.id)).map((d) => d.name);
  const stray = design.devices.filter((d) => !usedIds.has(d.id) && !leftOut.has(d.id)).map((d) => `\`${d.name}\``);
  if (stray.length) account.push(`Nothing registered uses ${list(stray)}: ${stray.length === 1 ? 'it is' : 'they are'} not part of the unikernel.`);
  return { name: design.name, version: design.mirage, target, output, account, devices, unused, flags, packages, names, configure, launch: launchCommand(design) };
}

const lower = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

/** True when `to` feeds `from` (directly or through other devices) on `target`. */
function dependsOn(design: Design, from: string, to: string, target: string): boolean {
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const inst = byId.get(id);
    for (const w of design.wires) {
      if (w.to !== id || (inst && skipped(design, inst, w.port, target))) continue;
      if (w.from === to) return true;
      stack.push(w.from);
    }
  }
  return false;
}
