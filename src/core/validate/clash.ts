import { flagName } from '../codegen/cmdliner';
import { strList } from '../catalog/ports';
import type { DeviceInstance } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import { type RegisteredFlag, instanceFlags } from '../facts';
import { reachable } from '../facts/manifest';
import { type BranchContext, branchContexts, exclusive } from '../graph/branches';
import type { Rule, RuleContext } from './context';

interface Owner {
  flag: RegisteredFlag;
  ctx: BranchContext | undefined;
}

/** False when the instance sits only under a `match_impl` case that the design's target does not pick. */
function activeOnTarget(ctx: RuleContext, branches: BranchContext | undefined): boolean {
  for (const [sel, branch] of branches ?? []) {
    const s = ctx.index.byId.get(sel);
    if (s?.device !== 'match_impl') continue;
    const cases = strList(s.params.cases);
    const picked = cases.includes(ctx.design.target) ? `case_${ctx.design.target}` : 'default';
    if (branch !== picked) return false;
  }
  return true;
}

/**
 * Command-line clashes (MC012), from the facts of the design's release and target: two devices registering
 * the same flag with different definitions (same definition = one shared argument in Mirage: a warning), unless
 * they sit in branches of an `if_impl`/`match_impl` that are never configured together; design runtime
 * arguments with the same name or flag, or the flag of a device.
 */
export const clashRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const contexts = branchContexts(ctx.index);
  const owners = new Map<string, Owner[]>();
  const reported = new Set<string>();
  /** Per flag name, the identity all its owners share (null once two differ). */
  const sole = new Map<string, string | null>();
  // Only what Mirage configures registers flags (an unwired device, a socket stack's network do not).
  const configured = reachable(ctx.design);
  for (const d of ctx.design.devices) {
    if (!ctx.catalog.devices.has(d.device) || !configured.has(d.id)) continue;
    const branches = contexts.get(d.id);
    if (!activeOnTarget(ctx, branches)) continue;
    for (const flag of instanceFlags(ctx.design, d)) {
      for (const name of flag.aliases) {
        const list = owners.get(name) ?? [];
        owners.set(name, list);
        // Every earlier owner with this very definition: nothing to compare (the usual case, kept linear).
        const single = sole.get(name);
        sole.set(name, list.length === 0 || single === flag.identity ? flag.identity : null);
        if (single !== flag.identity) {
          for (const o of list) {
            // Same code = one argument in Mirage, shared by both (e.g. `--ipv4-only` of a stack and its IP layers).
            if (o.flag.instance === d.id || o.flag.identity === flag.identity || exclusive(o.ctx, branches)) continue;
            const key = `${o.flag.instance}\u0000${d.id}`;
            if (reported.has(key)) continue;
            reported.add(key);
            out.push(deviceClash(ctx, o.flag, d, name));
          }
        }
        list.push({ flag, ctx: branches });
      }
    }
  }
  out.push(...runtimeArgClashes(ctx, owners));
  return out;
};

function runtimeArgClashes(ctx: RuleContext, owners: ReadonlyMap<string, Owner[]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byName = new Set<string>();
  const byFlag = new Map<string, string>();
  for (const a of ctx.design.runtimeArgs) {
    const f = flagName(a.name);
    if (byName.has(a.name)) {
      out.push(diag('MC012', 'error', `Two runtime arguments are named \`${a.name}\`.`, { hint: 'Rename one of them.' }));
      continue;
    }
    byName.add(a.name);
    const prevArg = byFlag.get(f);
    const device = (owners.get(f) ?? []).find((o) => o.flag.stage !== 'configure');
    if (prevArg !== undefined) {
      out.push(diag('MC012', 'error', `Runtime arguments \`${prevArg}\` and \`${a.name}\` both become \`--${f}\`.`, { hint: 'Rename one of them.' }));
    } else if (device) {
      const who = ctx.label(device.flag.instance);
      out.push(
        diag('MC012', 'error', `Runtime argument \`${a.name}\` (\`--${f}\`) clashes with the \`--${f}\` that \`${who}\` registers in Mirage ${ctx.design.mirage}.`, {
          instance: device.flag.instance,
          hint: `Rename the runtime argument, or give \`${who}\` a \`~group\`.`,
        }),
      );
    } else byFlag.set(f, a.name);
  }
  return out;
}

function deviceClash(ctx: RuleContext, first: RegisteredFlag, d: DeviceInstance, flag: string): Diagnostic {
  const a = ctx.label(first.instance);
  const b = ctx.label(d.id);
  const hasGroup = ctx.catalog.devices.get(d.device)?.args.some((x) => x.name === 'group') ?? false;
  return diag('MC012', 'error', `\`${a}\` and \`${b}\` both register \`--${flag}\` with different settings (Mirage ${ctx.design.mirage}, target ${ctx.design.target}): the unikernel would define the flag twice.`, {
    instance: d.id,
    ...(hasGroup ? { param: 'group' } : {}),
    hint: hasGroup
      ? 'Give one of them another `~group` (e.g. `~group:"service"`); Mirage prefixes its arguments with the group.'
      : `\`${d.device}\` takes no \`~group\` in Mirage ${ctx.design.mirage}: keep one of them, or use a release where it has \`~group\`.`,
  });
}
