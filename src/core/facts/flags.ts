import type { Design, DeviceInstance } from '../design/schema';
import { deviceFacts, flagDefinition } from '../reference/runtime';
import type { FlagFact } from '../reference/runtime-types';
import { GENERIC_STACKS, groupedFlag, registeredInMode, stackPlan } from './stack';
import { isSolo5 } from './targets';

/** A command-line flag an instance makes Mirage register (runtime, or `mirage configure`). */
export interface RegisteredFlag {
  /** The flag without `--`, group-prefixed as the release spells it (`service-ipv4`, `dns_servers`). */
  name: string;
  /** Other names of the same flag (aliases such as `-l`/`--logs`). */
  aliases: string[];
  /** The defining function (`Runtime_arg.V4.network`). */
  fn: string;
  stage: FlagFact['stage'];
  ocamlType?: string;
  /**
   * Two registrations with the same identity are one argument in Mirage (same code, so the same key); with
   * different identities and the same name they clash. Identity = function, group and the instance's values.
   */
  identity: string;
  instance: string;
}

/** The `~group` an instance passes (empty = the default group). */
export function instanceGroup(inst: DeviceInstance): string {
  return typeof inst.params.group === 'string' ? inst.params.group.trim() : '';
}

/**
 * The values of an instance that feed a flag's device-supplied default: the parameters whose names best match
 * the flag (`ipv4` → `ipv4_network`/`ipv4_gateway`, `dns-servers` → `nameservers`, `he-aaaa-timeout` →
 * `aaaa_timeout`), else its positional values (`netif "tap0"` for `--interface`), else none.
 */
function valuesFor(inst: DeviceInstance, flag: string): string {
  const words = flag.split(/[-_]/).filter((w) => w && !['dns', 'he'].includes(w));
  const keys = Object.keys(inst.params).filter((k) => k !== 'group' && inst.params[k] != null).sort();
  const score = (k: string) => words.filter((w) => k.split('_').some((p) => p === w || p.includes(w))).length;
  const best = Math.max(0, ...keys.map(score));
  const chosen = best > 0 ? keys.filter((k) => score(k) === best) : keys.filter((k) => /^arg\d+$/.test(k));
  return JSON.stringify(chosen.map((k) => [k, inst.params[k]]));
}

/** True when the facts say the flag is registered only off solo5 (`interface` at 4.5+, lib/devices/network.ml). */
function onlyOffSolo5(inst: DeviceInstance, design: Design, flag: string): boolean {
  const text = deviceFacts(inst.device, design.mirage)?.targetOnlyFlags?.[flag];
  return typeof text === 'string' && /NOT solo5/.test(text);
}

/**
 * The flags an instance registers at the design's release on `target`, from the facts: its runtime flags and
 * configure keys, group-prefixed; `interface` only off solo5 where the release says so; a generic stack's flags
 * for the mode build.sh configures; docteur's `--analyze` unless `~analyze` is given (block facts, 4.5+).
 */
export function instanceFlags(design: Design, inst: DeviceInstance, target = design.target): RegisteredFlag[] {
  // Memoised per parameters object (an unchanged instance keeps it across edits) and what else the flags depend on.
  let byKey = flagCache.get(inst.params);
  if (!byKey) flagCache.set(inst.params, (byKey = new Map()));
  const key = `${inst.id}\u0000${inst.device}\u0000${design.mirage}\u0000${target}`;
  let flags = byKey.get(key);
  if (!flags) byKey.set(key, (flags = Object.freeze(computeFlags(design, inst, target)) as RegisteredFlag[]));
  return flags;
}

const flagCache = new WeakMap<object, Map<string, RegisteredFlag[]>>();

function computeFlags(design: Design, inst: DeviceInstance, target: string): RegisteredFlag[] {
  const facts = deviceFacts(inst.device, design.mirage);
  if (!facts) return [];
  const group = instanceGroup(inst);
  const mode = GENERIC_STACKS.has(inst.device) ? stackPlan(inst.device, design.mirage, target, group).mode : null;
  const out: RegisteredFlag[] = [];
  const add = (f: FlagFact) => {
    const base = f.flags[0];
    if (!base) return;
    if (isSolo5(target) && onlyOffSolo5(inst, design, base)) return;
    if (mode && f.stage !== 'configure' && !registeredInMode(f.fn, mode)) return;
    const names = f.flags.map((x) => groupedFlag(f, group, x));
    out.push({
      name: names.find((n) => n.length > 1) ?? names[0]!,
      aliases: names,
      fn: f.fn,
      stage: f.stage,
      ...(f.ocamlType ? { ocamlType: f.ocamlType } : {}),
      // Mirage keeps one argument per distinct code (lib/functoria/runtime_arg.ml@v4.5.0..v4.11.1 `Set.add`):
      // the function and group, plus the default where the device supplies it (the device's values).
      // A socket stack takes no address (`socket_stackv4v6 ?group ()`, lib/devices/stack.ml@v4.11.1): its defaults are its own.
      identity: f.stage !== 'configure' && /device-supplied/.test(f.default) && mode !== 'socket' ? `${f.fn}|${group}|${inst.device}|${valuesFor(inst, base)}` : `${f.fn}|${group}`,
      instance: inst.id,
    });
  };
  for (const f of facts.runtimeFlags) add(f);
  for (const f of facts.configureKeys) add(f);
  const analyze = flagDefinition('Runtime_arg.analyze', design.mirage);
  if (inst.device === 'docteur' && analyze && facts.blockNames && inst.params.analyze == null) add({ ...analyze, fn: 'Runtime_arg.analyze' });
  return out;
}
