import { flagName } from '../codegen/cmdliner';
import type { DeviceInstance } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import type { Rule, RuleContext } from './context';

/**
 * Command-line arguments each device defines (runtime arguments, or configure keys on 4.0), by base name.
 * Mirage prefixes them with the device's `~group` (`--service-ipv4`); no group = the default group.
 */
const FLAGS: Record<string, readonly string[]> = {
  generic_stackv4v6: ['ipv4', 'ipv4-gateway', 'ipv4-only', 'ipv6', 'ipv6-gateway', 'ipv6-only', 'accept-router-advertisement'],
  generic_stackv4v6_with_lease: ['ipv4', 'ipv4-gateway', 'ipv4-only', 'ipv6', 'ipv6-gateway', 'ipv6-only', 'accept-router-advertisement'],
  static_ipv4v6_stack: ['ipv4', 'ipv4-gateway', 'ipv4-only', 'ipv6', 'ipv6-gateway', 'ipv6-only', 'accept-router-advertisement'],
  socket_stackv4v6: ['ipv4', 'ipv4-only', 'ipv6', 'ipv6-only'],
  direct_stackv4v6: ['ipv4-only', 'ipv6-only'],
  create_ipv4: ['ipv4', 'ipv4-gateway'],
  ipv4_of_dhcp: ['ipv4-gateway'],
  create_ipv6: ['ipv6', 'ipv6-gateway', 'accept-router-advertisement'],
  netif: ['interface'],
  generic_dns_client: ['dns-nameservers', 'dns-timeout', 'dns-cache-size'],
  generic_happy_eyeballs: ['he-aaaa-timeout', 'he-connect-delay', 'he-connect-timeout', 'he-resolve-timeout', 'he-resolve-retries', 'he-timer-interval'],
  generic_kv_ro: ['kv_ro'],
  generic_block: ['block'],
  monitoring: ['monitor', 'monitor-adjust-log', 'monitor-no-memtrace'],
  syslog_udp: ['syslog', 'syslog-port', 'syslog-hostname'],
  syslog_tcp: ['syslog', 'syslog-port', 'syslog-hostname'],
  syslog_tls: ['syslog', 'syslog-port', 'syslog-hostname', 'syslog-keyname'],
  git_ssh: ['ssh-key', 'ssh-password', 'ssh-authenticator'],
  git_http: ['https-authenticator', 'https-headers'],
};

const groupedFlag = (group: string, base: string) => (group ? `${group}-${base}` : base);
const groupOf = (d: DeviceInstance) => (typeof d.params.group === 'string' ? d.params.group.trim() : '');

/**
 * Two devices whose command-line arguments clash (MC012): stacks, IP layers, network interfaces, DNS clients,
 * happy-eyeballs, kv/block keys… in the same `~group`; design runtime arguments with the same name or flag.
 */
export const clashRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const owner = new Map<string, { kind: 'device' | 'arg'; id: string }>();
  for (const d of ctx.design.devices) {
    const bases = Object.hasOwn(FLAGS, d.device) ? FLAGS[d.device] : undefined;
    if (!bases || !ctx.catalog.devices.has(d.device)) continue;
    const group = groupOf(d);
    const clashes = new Map<string, string>();
    for (const b of bases) {
      const f = groupedFlag(group, b);
      const prev = owner.get(f);
      if (prev && prev.kind === 'device' && prev.id !== d.id) {
        if (!clashes.has(prev.id)) clashes.set(prev.id, f);
      } else if (!prev) owner.set(f, { kind: 'device', id: d.id });
    }
    for (const [other, f] of clashes) out.push(deviceClash(ctx, other, d, group, f));
  }
  const argNames = new Map<string, string>();
  for (const a of ctx.design.runtimeArgs) {
    const f = flagName(a.name);
    const sameName = argNames.get(a.name);
    argNames.set(a.name, a.name);
    const prev = owner.get(f);
    if (sameName !== undefined) {
      out.push(diag('MC012', 'error', `Two runtime arguments are named \`${a.name}\`.`, { hint: 'Rename one of them.' }));
    } else if (prev?.kind === 'arg') {
      out.push(diag('MC012', 'error', `Runtime arguments \`${prev.id}\` and \`${a.name}\` both become \`--${f}\`.`, { hint: 'Rename one of them.' }));
    } else if (prev?.kind === 'device') {
      out.push(
        diag('MC012', 'error', `Runtime argument \`${a.name}\` (\`--${f}\`) clashes with the \`--${f}\` of \`${ctx.label(prev.id)}\`.`, {
          instance: prev.id,
          hint: `Rename the runtime argument, or give \`${ctx.label(prev.id)}\` a \`~group\`.`,
        }),
      );
    } else owner.set(f, { kind: 'arg', id: a.name });
  }
  return out;
};

function deviceClash(ctx: RuleContext, firstId: string, d: DeviceInstance, group: string, flag: string): Diagnostic {
  const g = group ? `group \`${group}\`` : 'the default group (no `~group`)';
  const hasGroup = ctx.catalog.devices.get(d.device)?.args.some((a) => a.name === 'group') ?? false;
  return diag('MC012', 'error', `\`${ctx.label(firstId)}\` and \`${ctx.label(d.id)}\` both define \`--${flag}\` in ${g}.`, {
    instance: d.id,
    ...(hasGroup ? { param: 'group' } : {}),
    hint: hasGroup
      ? 'Give one of them another `~group` (e.g. `~group:"service"`); Mirage prefixes its arguments with the group.'
      : `\`${d.device}\` takes no \`~group\` in Mirage ${ctx.design.mirage}: keep one of them, or use a version where it has \`~group\`.`,
  });
}
