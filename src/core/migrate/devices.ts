import type { DeviceSpec } from '../catalog/spec';
import type { DeviceInstance, ParamValue, Wire } from '../design/schema';
import { reference } from '../reference/api';
import { deviceFacts, flagDefinition } from '../reference/runtime';
import { printTy } from '../types/term';
import { argTitle, functorParamAt, report, type StepContext, who } from './context';
import { migrateParam } from './params';
import { mapPorts, paramsAt, portsAt } from './ports';
import { REPLACED_BY_FLAG } from './rules';

const SKIP = new Set(['ocaml_code']);

/** The device that takes over from `device` at the step's target release (catalog `replacement` facts, either way). */
export function successor(ctx: StepContext, device: string): string | null {
  const before = ctx.catFrom.devices.get(device);
  const outText = before?.output ? printTy(before.output) : null;
  const candidates = ctx.up
    ? [ctx.catFrom.entries.get(device)?.entry.replacement ?? ctx.catTo.entries.get(device)?.entry.replacement]
    : [...ctx.catTo.entries.values()].filter((e) => e.entry.replacement === device).map((e) => e.entry.id);
  const there = candidates.filter((c): c is string => !!c && ctx.catTo.devices.has(c));
  if (there.length <= 1) return there[0] ?? null;
  const same = there.filter((c) => {
    const o = ctx.catTo.devices.get(c)?.output;
    return o && outText && printTy(o) === outText;
  });
  return same.length === 1 ? same[0]! : null;
}

/**
 * Maps every instance's wires and parameters onto its spec at the target release (pass A), then deals with
 * devices the release does not have (pass B): dropped when nothing uses them any more, replaced by their
 * successor, or reported as what the release cannot express.
 */
export function migrateDevices(ctx: StepContext): void {
  for (const inst of ctx.design.devices) {
    if (SKIP.has(inst.device)) continue;
    const before = ctx.catFrom.devices.get(inst.device);
    const after = ctx.catTo.devices.get(inst.device);
    if (before && after) remap(ctx, inst, before, after);
  }
  for (const inst of [...ctx.design.devices]) {
    if (SKIP.has(inst.device) || !ctx.catFrom.devices.has(inst.device)) continue;
    const used = ctx.design.wires.some((w) => w.from === inst.id);
    const hasInputs = ctx.design.wires.some((w) => w.to === inst.id);
    const after = ctx.catTo.devices.get(inst.device);
    if (!after) {
      if (!used) {
        remove(ctx, inst.id);
        report(ctx, 'change', `Removed ${who(ctx, inst.id)}: Mirage ${ctx.to} has no \`${inst.device}\`, and nothing in the design uses it any more.`, { instance: inst.id });
        continue;
      }
      const next = successor(ctx, inst.device);
      if (next) {
        const spec = ctx.catTo.devices.get(next)!;
        const renamed = { ...inst, device: next };
        ctx.design = { ...ctx.design, devices: ctx.design.devices.map((d) => (d.id === inst.id ? renamed : d)) };
        ctx.replaced.set(inst.id, inst.device);
        report(ctx, 'change', `Replaced \`${inst.device}\` by \`${next}\` for \`${inst.name}\`: Mirage ${ctx.to} has no \`${inst.device}\`.`, { instance: inst.id });
        const keys = (deviceFacts(next, ctx.to)?.configureKeys ?? []).map((k) => `\`--${k.flags[0]}\``);
        report(ctx, 'manual', `Check that \`${next}\` does what \`${inst.device}\` did for \`${inst.name}\`${keys.length ? ` (it is chosen at \`mirage configure\` by ${keys.join(', ')})` : ''}.`, { instance: inst.id });
        remap(ctx, renamed, ctx.catFrom.devices.get(inst.device)!, spec);
        continue;
      }
      report(ctx, 'blocker', `${who(ctx, inst.id)} does not exist in Mirage ${ctx.to} and nothing replaces it there; it is still used, so remove or replace it by hand.`, { instance: inst.id });
      continue;
    }
    // A provider the release now adds by itself (a typ that is a plain module: register's ?random…) and nothing uses.
    const out = /^(\w+) impl$/.exec(reference.values.find((v) => v.name === inst.device)?.versions[ctx.to]?.result ?? '')?.[1] ?? null;
    const fp = out && ctx.catTo.typs.has(out) ? moduleKind(ctx, out) : null;
    if (ctx.usedBefore.has(inst.id) && !used && !hasInputs && fp === 'module') {
      remove(ctx, inst.id);
      report(ctx, 'change', `Removed ${who(ctx, inst.id)}: nothing uses it any more, and Mirage ${ctx.to} adds the \`${out}\` implementation itself.`, { instance: inst.id });
    }
  }
}

function moduleKind(ctx: StepContext, typ: string): string | null {
  return functorParamAt(typ, ctx.to)?.kind ?? null;
}

function remove(ctx: StepContext, id: string): void {
  ctx.design = { ...ctx.design, devices: ctx.design.devices.filter((d) => d.id !== id), wires: ctx.design.wires.filter((w) => w.from !== id && w.to !== id) };
}

/** Re-points the wires into `inst` and converts its parameters from the `before` spec to the `after` spec. */
function remap(ctx: StepContext, inst: DeviceInstance, before: DeviceSpec, after: DeviceSpec): void {
  const isMain = inst.device === 'main';
  if (!isMain) {
    const map = mapPorts(portsAt(before, inst, ctx.catFrom), portsAt(after, inst, ctx.catTo));
    const wires: Wire[] = [];
    const moved: string[] = [];
    for (const w of ctx.design.wires) {
      if (w.to !== inst.id) {
        wires.push(w);
        continue;
      }
      const port = map.has(w.port) ? map.get(w.port)! : w.port;
      if (port === w.port) wires.push(w);
      else if (port) {
        wires.push({ ...w, port, id: `${w.from}->${w.to}.${port}` });
        moved.push(`${argTitle(w.port)} is now ${argTitle(port)}`);
      } else {
        ctx.dropped.push(w);
        droppedWire(ctx, inst, w);
      }
    }
    if (moved.length) report(ctx, 'change', `Re-ordered the arguments of ${who(ctx, inst.id)}: ${moved.join('; ')}.`, { instance: inst.id });
    ctx.design = { ...ctx.design, wires };
  }
  const pb = new Map(paramsAt(before, inst, ctx.catFrom).map((p) => [p.name, p]));
  const pa = new Map(paramsAt(after, inst, ctx.catTo).map((p) => [p.name, p]));
  const params: Record<string, ParamValue> = {};
  let changed = false;
  for (const [name, v] of Object.entries(inst.params)) {
    if (v === null || v === undefined || (isMain && (name === 'module' || name === 'functor'))) {
      params[name] = v;
      continue;
    }
    const next = migrateParam(ctx, inst, name, v, pb.get(name), pa.get(name));
    if (next !== v) changed = true;
    if (next !== undefined) params[name] = next;
  }
  if (changed) ctx.design = { ...ctx.design, devices: ctx.design.devices.map((d) => (d.id === inst.id ? { ...d, params } : d)) };
}

function droppedWire(ctx: StepContext, inst: DeviceInstance, w: Wire): void {
  const src = ctx.design.devices.find((d) => d.id === w.from);
  const what = `the wire from \`${src?.name ?? w.from}\` into ${argTitle(w.port)} of ${who(ctx, inst.id)}`;
  const flag = REPLACED_BY_FLAG[w.port];
  if (flag && ctx.up && flag.release === ctx.newer) {
    const f = flagDefinition(flag.fn, ctx.to)?.flags[0];
    report(ctx, 'manual', `Removed ${what}: in Mirage ${ctx.newer} ${flag.what}${f ? ` \`--${f}\`` : ''}; pass it to \`mirage configure\` if you chose this device for that.`, { instance: inst.id, source: flag.source });
    return;
  }
  report(ctx, 'change', `Removed ${what}: Mirage ${ctx.to} has no such argument.`, { instance: inst.id });
}
