import { type Diagnostic, diag } from '../diagnostics';
import { mirageTypeName } from '../types/show';
import { portTitle } from './connection';
import type { Rule, RuleContext } from './context';

/** Devices that must use the same stack as the happy-eyeballs / DNS client they are wired to. */
const NETWORKED = new Set(['generic_happy_eyeballs', 'generic_dns_client', 'mimic_happy_eyeballs']);

/**
 * MC013 (warning): happy-eyeballs, the DNS client and mimic resolve and connect together, so they must
 * share one `stackv4v6`. For each wire between two of them, compares the stacks each one is wired to.
 */
export const sharingRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const w of ctx.design.wires) {
    const from = ctx.index.byId.get(w.from);
    const to = ctx.index.byId.get(w.to);
    if (!from || !to || !NETWORKED.has(from.device) || !NETWORKED.has(to.device)) continue;
    const a = stackOf(ctx, from.id);
    const b = stackOf(ctx, to.id);
    if (!a || !b || a === b) continue;
    const port = ctx.index.ports(to.id).find((p) => p.name === w.port);
    out.push(
      diag(
        'MC013',
        'warning',
        `\`${ctx.label(to.id)}\` runs on stack \`${ctx.label(b)}\` but \`${ctx.label(from.id)}\` (its ${port ? portTitle(port.name, port.label) : w.port}) runs on \`${ctx.label(a)}\`; happy-eyeballs, the DNS client and mimic must share one stack.`,
        { instance: to.id, port: w.port, wire: w.id, hint: `Wire \`${ctx.label(a)}\` or \`${ctx.label(b)}\` into all of them.` },
      ),
    );
  }
  return out;
};

/** The instance wired into the `stackv4v6` port of `id`, if any. */
function stackOf(ctx: RuleContext, id: string): string | null {
  const port = ctx.index.ports(id).find((p) => mirageTypeName(p.type, ctx.design.mirage) === 'stackv4v6');
  const w = port ? ctx.index.incoming(id).get(port.name)?.[0] : undefined;
  return w && ctx.index.byId.has(w.from) ? w.from : null;
}
