import type { Design, DeviceInstance, ParamValue } from '../design/schema';
import { GENERIC_STACKS, groupedFlag, instanceGroup, stackPlan, type StackMode } from '../facts/index';
import { isSolo5, targetSupport } from '../facts/targets';
import { deviceFacts, targetsAt } from '../reference/runtime';

/** What Mirage builds for an instance on a target: the implementation modules and, in our words, why. */
export interface Implementation {
  /** OCaml modules that implement the device there (from the facts; for a generic stack, the chosen mode's). */
  modules: string[];
  /** Sentences: the choice made for this target and release. */
  notes: string[];
  /** False when the device cannot work on this target (with the reason in `notes`). */
  runs: boolean;
}

const MODE_WORDS: Record<StackMode, string> = {
  socket: 'the host operating system’s own TCP/IP stack, through sockets',
  static: 'Mirage’s TCP/IP stack in OCaml, with a static address given on the command line (`--ipv4`)',
  dhcp: 'Mirage’s TCP/IP stack in OCaml, with its IPv4 address from DHCP',
  qubes: 'Mirage’s TCP/IP stack in OCaml, with its addresses read from QubesDB',
};

/** Implementation modules of a stack mode, picked from the device's fact list by what each module is. */
function modulesForMode(modules: readonly string[], mode: StackMode): string[] {
  const socket = (m: string) => /socket/i.test(m);
  const pick: Record<StackMode, (m: string) => boolean> = {
    socket,
    static: (m) => !socket(m) && !/Dhcp|Qubes|Utcp|^Lwt$/.test(m),
    dhcp: (m) => !socket(m) && !/Static_ipv4|Qubes|Utcp|^Lwt$/.test(m),
    qubes: (m) => !socket(m) && !/Static_ipv4|Dhcp|Utcp|^Lwt$/.test(m),
  };
  return modules.filter(pick[mode]);
}

/** The stack Mirage itself picks at this release without configure flags (the `choose` of lib/devices/stack.ml). */
function defaultMode(dhcpByDefault: boolean, target: string): StackMode {
  if (target === 'qubes') return 'qubes';
  if (dhcpByDefault) return 'dhcp';
  return target === 'unix' || target === 'macosx' ? 'socket' : 'static';
}

/**
 * The target families of `Key.is_unix`, `Key.is_solo5` and `Key.is_xen` (the `mode_*` types of
 * lib/devices/key.ml@v4.5.0..v4.11.1, lib/mirage/mirage_key.ml@v4.0.0): whether the condition holds on `target`.
 */
export function targetCondition(cond: ParamValue | undefined, target: string): boolean | null {
  const text = typeof cond === 'string' ? cond.trim() : cond && typeof cond === 'object' && 'ocaml' in cond ? cond.ocaml.trim() : '';
  const m = /^\(?\s*(?:Mirage\.)?Key\.(is_unix|is_solo5|is_xen)\s*\)?$/.exec(text);
  if (!m) return null;
  if (m[1] === 'is_solo5') return isSolo5(target);
  if (m[1] === 'is_unix') return target === 'unix' || target === 'macosx';
  return target === 'xen' || target === 'qubes';
}

/** What an instance becomes on `target` at the design's release, from the facts. */
export function implementationOf(design: Design, inst: DeviceInstance, target = design.target): Implementation {
  const v = design.mirage;
  if (inst.device === 'if_impl') {
    const holds = targetCondition(inst.params.cond, target);
    const notes = holds === null
      ? ['The choice depends on a value known only when `mirage configure` runs.']
      : [`On ${target} the condition is ${holds}: Mirage uses the \`${holds ? 'then' : 'else'}\` branch and leaves the other out.`];
    return { modules: [], notes, runs: true };
  }
  const facts = deviceFacts(inst.device, v);
  const support = targetSupport(inst.device, v, target, targetsAt(v));
  if (!support.ok) return { modules: facts?.implModules ?? [], notes: [`It does not work on ${target}: ${support.reason}.`], runs: false };
  if (GENERIC_STACKS.has(inst.device) && facts) {
    const plan = stackPlan(inst.device, v, target, instanceGroup(inst));
    const mine = defaultMode(plan.dhcpByDefault, target);
    const notes = [
      plan.configureFlags.length
        ? `The exported build.sh runs \`mirage configure\` with \`${plan.configureFlags.join(' ')}\`, so on ${target} this is ${MODE_WORDS[plan.mode]}.`
        : `On ${target} this is ${MODE_WORDS[plan.mode]}.`,
    ];
    if (mine !== plan.mode) notes.push(`Without that flag, Mirage ${v} would build ${MODE_WORDS[mine]}.`);
    return { modules: modulesForMode(facts.implModules, plan.mode), notes, runs: true };
  }
  const notes = support.note ? [`On ${target}: ${support.note}.`] : [];
  for (const k of facts?.configureKeys ?? []) {
    const flag = `--${groupedFlag(k, instanceGroup(inst))}`;
    notes.push(`\`mirage configure\` reads \`${flag}\` (${k.ocamlType ?? k.conv}, default ${k.default}) to choose what to build.`);
  }
  return { modules: facts?.implModules ?? [], notes, runs: true };
}
