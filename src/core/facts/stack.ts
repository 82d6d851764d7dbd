import { deviceFacts } from '../reference/runtime';
import type { FlagFact } from '../reference/runtime-types';
import type { MirageVersion } from '../reference/versions';

/** What a generic stack becomes once configured: host sockets, the OCaml stack with static or DHCP addresses, QubesDB. */
export type StackMode = 'socket' | 'static' | 'dhcp' | 'qubes';

/** The devices whose implementation Mirage chooses at configure time from `--net` and the DHCP key. */
export const GENERIC_STACKS: ReadonlySet<string> = new Set(['generic_stackv4v6', 'generic_stackv4v6_with_lease', 'generic_stackv4', 'generic_stackv6']);

const SOCKET_TARGETS = new Set(['unix', 'macosx']);

/** How build.sh configures a generic stack, and what that gives. */
export interface StackPlan {
  mode: StackMode;
  /** Flags for `mirage configure` (group-prefixed), e.g. `--no-dhcp` at 4.11, `--dhcp=false` at 4.10.5–4.10.6. */
  configureFlags: string[];
  /** True when the release would pick DHCP without those flags. */
  dhcpByDefault: boolean;
}


/** A flag as the device registers it with a `~group` (`GROUP-name` → `service-name`). */
export function groupedFlag(f: Pick<FlagFact, 'flags' | 'groupPrefix'>, group: string, flag = f.flags[0] ?? ''): string {
  return f.groupPrefix && group ? `${group}-${flag}` : flag;
}

/**
 * The stack a generic stack becomes with the composer's build: DHCP off (so the unix binary uses the host's
 * sockets as an ordinary user, and the other targets a static address), QubesDB on qubes. The DHCP key and its
 * default come from the release's configure keys (`Key.dhcp` defaults to true at 4.10.5–4.10.6; 4.11 has
 * `--no-dhcp`); the choice follows `choose` in lib/devices/stack.ml as the facts describe it.
 */
export function stackPlan(device: string, version: MirageVersion, target: string, group = ''): StackPlan {
  // Memoised (the facts are fixed): build.sh asks for every stack on every target.
  const key = `${device}\u0000${version}\u0000${target}\u0000${group}`;
  let plan = plans.get(key);
  if (!plan) {
    if (plans.size > 50_000) plans.clear();
    plans.set(key, (plan = Object.freeze(computePlan(device, version, target, group))));
  }
  return plan;
}

const plans = new Map<string, StackPlan>();

function computePlan(device: string, version: MirageVersion, target: string, group: string): StackPlan {
  const keys = deviceFacts(device, version)?.configureKeys ?? [];
  const noDhcp = keys.find((k) => k.fn === 'Key.no_dhcp');
  const dhcp = keys.find((k) => k.fn === 'Key.dhcp');
  const dhcpByDefault = !!noDhcp || (!!dhcp && /\btrue\b/.test(dhcp.default));
  const configureFlags: string[] = [];
  // A stack that gives its DHCP lease is meant to use DHCP: kept where the release does it by default (not on
  // unix, where it would need root and a tap device).
  if (device === 'generic_stackv4v6_with_lease' && dhcpByDefault && target !== 'qubes' && !SOCKET_TARGETS.has(target)) {
    return { mode: 'dhcp', configureFlags, dhcpByDefault };
  }
  if (target !== 'qubes' && dhcpByDefault) {
    if (noDhcp) configureFlags.push(`--${groupedFlag(noDhcp, group)}`);
    else if (dhcp) configureFlags.push(`--${groupedFlag(dhcp, group)}=false`);
  }
  return { mode: stackMode(target), configureFlags, dhcpByDefault };
}

/** What every generic stack becomes on a target with the composer's build (the `mode` of `stackPlan`: it depends on the target only). */
export function stackMode(target: string): StackMode {
  return target === 'qubes' ? 'qubes' : SOCKET_TARGETS.has(target) ? 'socket' : 'static';
}

/** Flag functions a stack registers in each mode (the `choose` branches of lib/devices/stack.ml@v4.5.0..v4.11.1). */
export function registeredInMode(fn: string, mode: StackMode): boolean {
  const v4 = fn === 'Runtime_arg.V4.network' || fn === 'Key.V4.network';
  const v4gw = fn === 'Runtime_arg.V4.gateway' || fn === 'Key.V4.gateway';
  const optional = fn === 'Runtime_arg.V4.optional_network';
  if (mode === 'socket') return v4 || /(^|\.)(V6\.network|ipv4_only|ipv6_only)$/.test(fn);
  if (mode === 'static') return !optional;
  return !v4 && !v4gw; // dhcp and qubes: IPv4 comes from the lease or QubesDB
}
