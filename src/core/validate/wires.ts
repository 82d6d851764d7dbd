import { type Diagnostic, diag } from '../diagnostics';
import { mirageTypeName } from '../types/show';
import { mismatchReason, portTitle } from './connection';
import type { Rule, RuleContext } from './context';
import { acyclic } from '../graph/index';
import type { Ty } from '../types/term';

/**
 * Wires and ports: wire endpoints exist (MC016); a one-wire port has one wire (MC015); required ports
 * (labeled or positional, not optional) are connected (MC001; `register`'s jobs are MC002's); wired
 * types agree (MC004, from type inference); and the graph has no cycle (MC005, one per cycle).
 */
export const wireRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const { index } = ctx;
  for (const w of ctx.design.wires) {
    if (!index.byId.has(w.from)) out.push(diag('MC016', 'error', `A wire starts at \`${w.from}\`, which is not in the design.`, { wire: w.id, instance: w.to, port: w.port }));
    if (!index.byId.has(w.to)) out.push(diag('MC016', 'error', `A wire ends at \`${w.to}\`, which is not in the design.`, { wire: w.id, instance: w.from }));
    if (w.fromPort !== undefined && index.byId.has(w.from) && index.spec(w.from) && !index.output(w.from, w.fromPort)) {
      out.push(diag('MC016', 'error', `\`${ctx.label(w.from)}\` has no result \`${w.fromPort}\` to wire.`, { wire: w.id, instance: w.from }));
    }
  }
  for (const d of ctx.design.devices) {
    const spec = index.spec(d.id);
    if (!spec) continue;
    const incoming = index.incoming(d.id);
    for (const p of index.ports(d.id)) {
      const ws = incoming.get(p.name) ?? [];
      if (!p.many && ws.length > 1) {
        out.push(diag('MC015', 'error', `${portTitle(p.name, p.label)} of \`${ctx.label(d.id)}\` takes one device; ${ws.length} are wired.`, { instance: d.id, port: p.name, wire: ws[1]!.id }));
      }
      // The components of a tuple argument (`~dhcp:(requests, lease)`) are given together or not at all.
      if (p.tuple && ws.length === 0) {
        const given = index.ports(d.id).some((x) => x.tuple?.label === p.tuple!.label && (incoming.get(x.name) ?? []).length > 0);
        if (given) out.push(diag('MC001', 'error', `\`~${p.tuple.label}\` of \`${ctx.label(d.id)}\` takes its ${p.tuple.size} parts together: ${portTitle(p.name, null)} is not wired.`, { instance: d.id, port: p.name }));
      }
      if (ws.length === 0 && p.kind !== 'optional' && !(d.device === 'register' && p.name === 'jobs')) {
        const want = mirageTypeName(ctx.inference.portType(d.id, p.name) ?? p.type, ctx.design.mirage);
        out.push(
          diag('MC001', 'error', `\`${ctx.label(d.id)}\` needs a \`${want}\` for ${portTitle(p.name, p.label)}; nothing is wired there.`, {
            instance: d.id,
            port: p.name,
            hint: `Wire a device that gives a \`${want}\`.`,
          }),
        );
      }
    }
  }
  // One message per kind of mismatch (a design can have thousands of the same one).
  const messages = new Map<string, Map<string, Map<object, Map<object, string>>>>();
  const message = (to: string, from: string, want: Ty, have: Ty) => {
    const a = messages.get(to) ?? messages.set(to, new Map()).get(to)!;
    const b = a.get(from) ?? a.set(from, new Map()).get(from)!;
    const c = b.get(want) ?? b.set(want, new Map()).get(want)!;
    let m = c.get(have);
    if (m === undefined) c.set(have, (m = mismatchReason(to, want, from, have, ctx.design.mirage)));
    return m;
  };
  for (const m of ctx.inference.mismatches) {
    const to = index.spec(m.wire.to)?.id ?? m.wire.to;
    const from = index.spec(m.wire.from)?.id ?? m.wire.from;
    out.push(
      diag('MC004', 'error', message(to, from, m.expected, m.given), {
        instance: m.wire.to,
        port: m.wire.port,
        wire: m.wire.id,
      }),
    );
  }
  // The dependency order (inference's) already tells whether there is a cycle at all.
  if (!acyclic(index)) out.push(...cycles(ctx));
  return out;
};

/** Strongly connected components with a cycle (Tarjan), each reported once on its first instance. */
function cycles(ctx: RuleContext): Diagnostic[] {
  const { index } = ctx;
  const ids = ctx.design.devices.map((d) => d.id);
  const num = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const comps: string[][] = [];
  let counter = 0;
  const visit = (root: string) => {
    // Iterative Tarjan: frames hold the node and its next outgoing wire.
    const succ = (n: string) => index.outgoing(n).filter((w) => index.byId.has(w.to)).map((w) => w.to);
    const frames: { n: string; i: number; outs: string[] }[] = [{ n: root, i: 0, outs: succ(root) }];
    num.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length) {
      const f = frames[frames.length - 1]!;
      if (f.i < f.outs.length) {
        const m = f.outs[f.i++]!;
        if (!num.has(m)) {
          num.set(m, counter);
          low.set(m, counter++);
          stack.push(m);
          onStack.add(m);
          frames.push({ n: m, i: 0, outs: succ(m) });
        } else if (onStack.has(m)) low.set(f.n, Math.min(low.get(f.n)!, num.get(m)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.n, Math.min(low.get(parent.n)!, low.get(f.n)!));
      if (low.get(f.n) === num.get(f.n)) {
        const comp: string[] = [];
        let x: string;
        do {
          x = stack.pop()!;
          onStack.delete(x);
          comp.push(x);
        } while (x !== f.n);
        comps.push(comp);
      }
    }
  };
  for (const id of ids) if (!num.has(id)) visit(id);
  const out: Diagnostic[] = [];
  const order = new Map(ids.map((id, i) => [id, i]));
  for (const comp of comps) {
    const self = comp.length === 1 && index.outgoing(comp[0]!).some((w) => w.to === comp[0]);
    if (comp.length < 2 && !self) continue;
    const inComp = new Set(comp);
    const members = [...comp].sort((a, b) => order.get(a)! - order.get(b)!);
    const names = members.map((id) => `\`${ctx.label(id)}\``).join(', ');
    const wire = members.flatMap((id) => index.outgoing(id)).find((w) => inComp.has(w.to));
    out.push(
      diag('MC005', 'error', `${self ? `${names} is wired into itself` : `${names} depend on each other in a cycle`}; a config.ml binding can only use devices defined before it.`, {
        instance: members[0]!,
        ...(wire ? { wire: wire.id } : {}),
        hint: 'Remove one of the wires of the cycle.',
      }),
    );
  }
  return out;
}
