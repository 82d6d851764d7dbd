import type { PortSpec } from '../catalog/spec';
import { BUILTIN_IDS } from '../catalog/builtins';
import type { Design } from '../design/schema';
import { indexDesign } from '../graph/index';
import { addDevice } from '../graph/ops';
import { printTy } from '../types/term';
import { checkConnection } from '../validate/connection';
import { argTitle, report, type StepContext, who } from './context';
import { portsAt } from './ports';

const BUILTINS = new Set<string>(BUILTIN_IDS);
const key = (p: PortSpec) => `${p.name}:${printTy(p.type)}`;

/** Ports of `id` at the target release that it did not have at the source release (same name and type). */
function newPorts(ctx: StepContext, id: string): PortSpec[] {
  const inst = ctx.design.devices.find((d) => d.id === id);
  const after = inst && ctx.catTo.devices.get(inst.device);
  if (!inst || !after) return [];
  const before = ctx.catFrom.devices.get(ctx.replaced.get(id) ?? inst.device);
  const had = new Set(before ? portsAt(before, inst, ctx.catFrom).map(key) : []);
  return portsAt(after, inst, ctx.catTo).filter((p) => !had.has(key(p)) && !p.many);
}

const wired = (d: Design, id: string, port: string) => d.wires.some((w) => w.to === id && w.port === port);

function addWire(ctx: StepContext, from: string, to: string, port: string): void {
  const id = `${from}->${to}.${port}`;
  ctx.design = { ...ctx.design, wires: [...ctx.design.wires, { id, from, to, port }] };
}

/**
 * A dependency the release reversed (4.6.0: happy-eyeballs no longer takes the DNS client, the DNS client
 * takes happy-eyeballs): for a wire B → A dropped because A lost the port, when B gained a port A's output
 * fits, A is wired into B instead (checked by the one connection check, so never a cycle).
 */
export function reverseDependencies(ctx: StepContext): void {
  for (const w of ctx.dropped) {
    const a = ctx.design.devices.find((d) => d.id === w.to);
    const b = ctx.design.devices.find((d) => d.id === w.from);
    if (!a || !b) continue;
    for (const p of newPorts(ctx, b.id)) {
      if (wired(ctx.design, b.id, p.name)) continue;
      if (!checkConnection(indexDesign(ctx.design, ctx.catTo), { from: a.id, to: b.id, port: p.name }).ok) continue;
      addWire(ctx, a.id, b.id, p.name);
      report(ctx, 'change', `Reversed the dependency between ${who(ctx, a.id)} and ${who(ctx, b.id)}: in Mirage ${ctx.to} \`${b.name}\` takes \`${a.name}\` (${argTitle(p.name)}) instead of the other way round.`, { instance: b.id });
      break;
    }
  }
}

/**
 * Required arguments the target release added: wired from the one instance that fits; else, when exactly
 * one device of the release gives that type and its own required arguments each have exactly one fitting
 * instance, that device is added; else the user is asked to wire it.
 */
export function wireNewPorts(ctx: StepContext): void {
  for (const inst of [...ctx.design.devices]) {
    if (inst.device === 'main' || inst.device === 'ocaml_code') continue;
    for (const p of newPorts(ctx, inst.id)) {
      if (p.kind === 'optional' || wired(ctx.design, inst.id, p.name)) continue;
      const fits = candidates(ctx.design, ctx, inst.id, p.name);
      if (fits.length === 1) {
        addWire(ctx, fits[0]!, inst.id, p.name);
        report(ctx, 'change', `Wired \`${ctx.design.devices.find((d) => d.id === fits[0])!.name}\` into ${argTitle(p.name)} of ${who(ctx, inst.id)}, a new required argument in Mirage ${ctx.to}.`, { instance: inst.id });
        continue;
      }
      if (fits.length === 0 && addProvider(ctx, inst.id, p)) continue;
      report(ctx, 'manual', `Wire a \`${printTy(p.type).replace(/'[^ ]+·/g, "'")}\` into ${argTitle(p.name)} of ${who(ctx, inst.id)}: Mirage ${ctx.to} requires it${fits.length ? ` (${fits.length} devices fit)` : ''}.`, { instance: inst.id });
    }
  }
}

function candidates(d: Design, ctx: StepContext, to: string, port: string): string[] {
  const index = indexDesign(d, ctx.catTo);
  return d.devices.filter((x) => x.id !== to && checkConnection(index, { from: x.id, to, port }).ok).map((x) => x.id);
}

function addProvider(ctx: StepContext, to: string, port: PortSpec): boolean {
  const want = port.type.kind === 'con' ? port.type.name : null;
  if (!want) return false;
  const makers = [...ctx.catTo.devices.values()].filter((s) => !BUILTINS.has(s.id) && !s.applied && s.output?.kind === 'con' && s.output.name === want);
  if (makers.length !== 1) return false;
  const spec = makers[0]!;
  const host = ctx.design.devices.find((d) => d.id === to)!;
  const added = addDevice(ctx.design, spec.id, { x: host.position.x - 240, y: host.position.y + 140 });
  let d = added.design;
  const inst = d.devices.find((x) => x.id === added.id)!;
  for (const p of portsAt(spec, inst, ctx.catTo).filter((x) => x.kind !== 'optional' && !x.many)) {
    const fits = candidates(d, ctx, added.id, p.name).filter((x) => x !== to);
    if (fits.length !== 1) return false;
    d = { ...d, wires: [...d.wires, { id: `${fits[0]}->${added.id}.${p.name}`, from: fits[0]!, to: added.id, port: p.name }] };
  }
  if (!checkConnection(indexDesign(d, ctx.catTo), { from: added.id, to, port: port.name }).ok) return false;
  ctx.design = d;
  addWire(ctx, added.id, to, port.name);
  report(ctx, 'change', `Added \`${inst.name}\` (${spec.id}) for ${argTitle(port.name)} of ${who(ctx, to)}, a new required argument in Mirage ${ctx.to}.`, { instance: added.id });
  return true;
}
