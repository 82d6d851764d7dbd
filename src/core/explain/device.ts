import { catalogFor } from '../catalog';
import { flagName } from '../codegen/cmdliner';
import type { Design, DeviceInstance } from '../design/schema';
import { instanceFlags } from '../facts/index';
import { deviceFacts, flagDefinition } from '../reference/runtime';
import type { PackageFact } from '../reference/runtime-types';
import type { MirageVersion } from '../reference/versions';
import { type Change, historyAround, lifetime } from './history';
import { type Implementation, implementationOf } from './implementation';
import { type DeviceName, deviceNames } from './names';
import { packagesOn } from './packages';

/** A command-line flag, as the explanation lists it. */
export interface ExplainedFlag {
  /** With dashes and the group prefix: `--service-ipv4`, `--port`. */
  flag: string;
  /** Every spelling (`-l`, `--logs`). */
  aliases: string[];
  /** `runtime`: the unikernel's command line; `configure`: `mirage configure`; `configure+runtime`: both (4.0–4.4 keys). */
  stage: 'runtime' | 'configure' | 'configure+runtime';
  type?: string;
  /** The default when the facts give one (absent when the device supplies it or it is required). */
  default?: string;
  /** The binding that registers it (or the design, for the unikernel's own runtime arguments). */
  from: string;
}

/** Everything the composer can say about one device of a design, at the design's release and a target. */
export interface DeviceExplanation {
  instance: string;
  binding: string;
  device: string;
  version: MirageVersion;
  target: string;
  /** False when the release has no such device. */
  known: boolean;
  doc: string;
  signature: string;
  implementation: Implementation;
  flags: ExplainedFlag[];
  packages: PackageFact[];
  names: DeviceName[];
  /** Sentences about this instance's values and wiring (runtime arguments it reads, what `register` adds). */
  uses: string[];
  lifetime: { from?: MirageVersion; to?: MirageVersion };
  history: { before: Change[]; after: Change[] };
}

const dash = (f: string) => (f.length === 1 ? `-${f}` : `--${f}`);

/** A flag's default from the facts: the device's hand-read defaults, else the flag definition's, unless device-supplied. */
function defaultOf(inst: DeviceInstance, design: Design, fn: string): string | undefined {
  const facts = deviceFacts(inst.device, design.mirage);
  const ff = [...(facts?.runtimeFlags ?? []), ...(facts?.configureKeys ?? [])].find((x) => x.fn === fn);
  const base = ff?.flags.find((x) => x.length > 1) ?? ff?.flags[0];
  const own = base ? facts?.defaults?.[base] : undefined;
  if (typeof own === 'string') return own;
  const def = ff?.default ?? flagDefinition(fn, design.mirage)?.default;
  return def && !/device-supplied/.test(def) ? def : undefined;
}

/** The flags an instance registers on `target` (facts/ `instanceFlags`), with dashes, types and defaults. */
export function flagsOf(design: Design, inst: DeviceInstance, target = design.target): ExplainedFlag[] {
  return instanceFlags(design, inst, target).map((f) => {
    const def = defaultOf(inst, design, f.fn);
    return {
      flag: dash(f.name),
      aliases: f.aliases.map(dash),
      stage: f.stage,
      ...(f.ocamlType ? { type: f.ocamlType } : {}),
      ...(def !== undefined ? { default: def } : {}),
      from: inst.name,
    };
  });
}

/** The design's own runtime arguments an instance's parameters read (`~port` ← `port`), as sentences. */
function runtimeArgUses(design: Design, inst: DeviceInstance): string[] {
  const out: string[] = [];
  for (const [param, v] of Object.entries(inst.params)) {
    if (!v || typeof v !== 'object' || Array.isArray(v) || !('runtimeArg' in v)) continue;
    const ra = design.runtimeArgs.find((a) => a.name === v.runtimeArg);
    const label = /^arg\d+$/.test(param) ? `its argument ${param.slice(3)}` : `\`~${param}\``;
    out.push(
      ra
        ? `${label} is your runtime argument \`${ra.name}\`: the unikernel reads \`--${flagName(ra.name)}\` (${ra.type}${ra.default !== undefined ? `, default ${ra.default}` : ', required'}) when it starts.`
        : `${label} names a runtime argument \`${v.runtimeArg}\` the design does not define.`,
    );
  }
  return out;
}

/** What `register` takes at this release, and which of its optional devices the design sets. */
function registerUses(design: Design, inst: DeviceInstance): string[] {
  const spec = catalogFor(design.mirage).devices.get('register');
  const ports = (spec?.args ?? []).filter((a) => a.role === 'port' && a.kind === 'optional').map((a) => a.name);
  if (!ports.length) return [];
  const wired = ports.filter((p) => design.wires.some((w) => w.to === inst.id && w.port === p));
  const byName = (p: string) => design.devices.find((d) => d.id === design.wires.find((w) => w.to === inst.id && w.port === p)?.from)?.device;
  return [
    `At Mirage ${design.mirage}, \`register\` can be given these devices: ${ports.map((p) => `\`${p}\``).join(', ')}. A port left empty gets the release’s default device.`,
    wired.length ? `This design sets ${wired.map((p) => `\`${p}\` (\`${byName(p)}\`)`).join(', ')}.` : 'This design leaves them all to the defaults.',
  ];
}

/** Explains instance `id` of `design` on `target` (default: the design's target). Undefined for an unknown id. */
export function explainDevice(design: Design, id: string, target = design.target): DeviceExplanation | undefined {
  const inst = design.devices.find((d) => d.id === id);
  if (!inst) return undefined;
  const spec = catalogFor(design.mirage).devices.get(inst.device);
  const facts = deviceFacts(inst.device, design.mirage);
  return {
    instance: inst.id,
    binding: inst.name,
    device: inst.device,
    version: design.mirage,
    target,
    known: !!spec,
    doc: spec?.doc ?? '',
    signature: spec?.signature ?? '',
    implementation: implementationOf(design, inst, target),
    flags: flagsOf(design, inst, target),
    packages: packagesOn(facts?.packages ?? [], target),
    names: deviceNames(design, inst, target),
    uses: [...runtimeArgUses(design, inst), ...(inst.device === 'register' ? registerUses(design, inst) : [])],
    lifetime: lifetime(inst.device),
    history: historyAround(inst.device, design.mirage),
  };
}
