/**
 * INTERIM — device names from the facts, until `src/core/facts/` has them (the lead connects it; then this file
 * goes and `deviceNames` comes from facts/). The only place explain reads `networkNames`/`blockNames` itself.
 */
import type { Design, DeviceInstance } from '../design/schema';
import { isSolo5 } from '../facts/targets';
import { deviceFacts, targetFacts } from '../reference/runtime';
import type { HandFacts } from '../reference/runtime-types';

/** A device the unikernel declares to its target (solo5 manifest, xen vif/vbd) or opens on the host. */
export interface DeviceName {
  kind: 'network' | 'block';
  /** The name the target knows it by (`service`, `storage`, `tap0`, `0`). */
  name: string;
  /** How it is given at launch, in our words (`solo5-hvt --net:service=TAP`, the `--interface` default, …). */
  how: string;
  instance: string;
}

/** The target family a per-target fact key names (`"solo5 (hvt/spt/…)"`, `"unix/macosx"`, `"xen/qubes/unikraft"`). */
function family(target: string): (key: string) => boolean {
  const words = isSolo5(target) ? ['solo5', target] : target.startsWith('unikraft') ? ['unikraft', target] : [target];
  return (key) => key.split(/[\s/(),]+/).some((w) => words.includes(w));
}

/** The value of a fact table for the design's target (first key naming its family). */
function forTarget(table: HandFacts | undefined, target: string): string | undefined {
  if (!table) return undefined;
  const hit = Object.entries(table).find(([k, v]) => typeof v === 'string' && family(target)(k));
  return hit?.[1] as string | undefined;
}

/** How the launch attaches a device: the tender's option from the launch facts (`--net:NAME=…`), else null. */
function tenderOption(target: string, kind: DeviceName['kind']): string | null {
  const launch = (targetFacts.launch as Record<string, { command?: string | null } | undefined>)[target];
  const opt = kind === 'network' ? '--net:NAME=' : '--block:NAME=';
  return launch?.command?.includes(opt) ? `solo5-${target} ${opt.replace('NAME', '%s')}…` : null;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The network and block devices an instance declares on the design's target, from the per-device facts. */
export function deviceNames(design: Design, inst: DeviceInstance, target = design.target): DeviceName[] {
  const facts = deviceFacts(inst.device, design.mirage);
  if (!facts) return [];
  const solo5 = isSolo5(target);
  const out: DeviceName[] = [];
  const nn = facts.networkNames;
  if (nn && (inst.device === 'default_network' || inst.device === 'netif')) {
    const name = inst.device === 'netif' ? str(inst.params.arg1) : forTarget(nn.default_network as HandFacts | undefined, target);
    if (name) {
      const tender = solo5 ? tenderOption(target, 'network') : null;
      const how = solo5
        ? tender
          ? `a network device of the solo5 manifest; attach a host tap with ${tender.replace('%s', name)}`
          : 'a network device of the solo5 manifest'
        : target === 'unix' || target === 'macosx'
          ? `the host interface, the default of --interface`
          : `the network device index, the default of --interface`;
      out.push({ kind: 'network', name, how, instance: inst.id });
    }
  }
  const bn = facts.blockNames;
  if (bn) {
    const rule = forTarget(bn, target) ?? (typeof bn.all === 'string' ? bn.all : undefined);
    const name = str(inst.params.arg1);
    if (rule && name && solo5 && /solo5 block device name/.test(rule)) {
      const tender = tenderOption(target, 'block');
      out.push({ kind: 'block', name, how: tender ? `a block device of the solo5 manifest; attach a disk image with ${tender.replace('%s', name)}` : 'a block device of the solo5 manifest', instance: inst.id });
    } else if (rule && name && /opens the file/.test(rule)) {
      out.push({ kind: 'block', name, how: 'a file on the host, opened when the unikernel starts', instance: inst.id });
    } else if (rule && /--disk-name/.test(rule)) {
      const m = /--disk-name \(default "([^"]+)"\)/.exec(rule);
      if (m) out.push({ kind: 'block', name: m[1]!, how: 'the block device named by the configure key --disk-name', instance: inst.id });
    }
  }
  return out;
}
