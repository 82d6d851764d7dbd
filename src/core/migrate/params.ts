import { paramTypeOf } from '../catalog/params';
import { sanitizeIdent } from '../codegen/names';
import type { ParamSpec } from '../catalog/spec';
import type { DeviceInstance, ParamValue } from '../design/schema';
import { deviceFacts, flagDefinition } from '../reference/runtime';
import { paramExpr } from '../codegen/params';
import { termTypeFor } from '../facts/runtime-args';
import { argTitle, report, type StepContext, who } from './context';
import { paramsAt } from './ports';
import { literalToValue } from './literal';
import { ENUM_RENAMES, MOVED_TO_BOOT_FLAGS, REPLACED_BY_FLAG } from './rules';
import { innerType, isGiven, ocamlOf, runtimeArgOf, showValue, valueFits } from './values';

const flagOf = (fn: string, ctx: StepContext): string | null => {
  const f = flagDefinition(fn, ctx.to) ?? flagDefinition(fn, ctx.newer);
  return f?.flags[0] ? `--${f.flags[0]}` : null;
};

/**
 * The value of parameter `name` of `inst` after the step (undefined = left out), reporting what changed:
 * configure keys become runtime arguments (4.5.0) and back, runtime arguments become plain defaults (4.8.0)
 * and back, renamed enum cases follow (4.5.1), arguments that are gone are dropped with what replaces them.
 */
export function migrateParam(ctx: StepContext, inst: DeviceInstance, name: string, v: ParamValue, before: ParamSpec | undefined, after: ParamSpec | undefined): ParamValue | undefined {
  const at = `${argTitle(name)} of ${who(ctx, inst.id)}`;
  const rt = runtimeArgOf(v);
  if (!after) {
    if (rt) ctx.releasedRuntimeArgs.add(rt);
    dropped(ctx, inst, name, v, at);
    return undefined;
  }
  if (rt && after.type.kind !== 'runtime_arg') {
    ctx.releasedRuntimeArgs.add(rt);
    const def = ctx.design.runtimeArgs.find((r) => r.name === rt);
    const t = after.type.kind === 'key' || after.type.kind === 'value' ? paramTypeOf(after.type.inner) : after.type;
    const lit = def?.default === undefined ? null : literalToValue(def.default, t);
    const how = after.type.kind === 'key' ? 'a configure key' : 'a plain value';
    if (lit === undefined && after.kind !== 'optional') {
      report(ctx, 'manual', `${at} is required and takes ${how} now; the runtime argument \`${rt}\` defaulted to \`${def?.default}\`, which ${how} cannot say: give it a value.`, { instance: inst.id });
      return undefined;
    }
    if (lit === undefined) {
      report(ctx, 'change', `${at} takes ${how} now; the runtime argument \`${rt}\` defaulted to \`${def?.default}\`, so the argument is left out.`, { instance: inst.id });
      return undefined;
    }
    if (lit !== null && valueFits(after, lit, ctx.design, ctx.to)) {
      report(ctx, 'change', `${at} takes ${how} now: the default of the runtime argument \`${rt}\` (\`${def?.default}\`) becomes its value.`, { instance: inst.id });
      return lit;
    }
    const flag = ownFlag(ctx, inst.device, name);
    report(ctx, 'manual', `${at} takes ${how} now and the runtime argument \`${rt}\` gives it no default config.ml knows${def?.default ? ` (\`${def.default}\`)` : ''}: the argument is left out${flag ? ` and the device's own boot flag \`${flag}\` sets it` : ''}; give it a value in config.ml if you want another default.`, { instance: inst.id });
    return undefined;
  }
  const termType = termTypeFor(inst.device, ctx.to, after, positionalParams(ctx, inst));
  if (valueFits(after, v, ctx.design, ctx.to, termType)) {
    const kb = before?.type.kind;
    const ka = after.type.kind;
    if (kb === 'key' && ka === 'runtime_arg') {
      report(ctx, 'change', `${at} is a runtime argument now (was a configure key): ${showValue(v)} becomes its default, set at boot instead of at \`mirage configure\`.`, { instance: inst.id });
      const rtName = `${sanitizeIdent(inst.name, inst.device)}_${sanitizeIdent(after.label ?? after.name)}`;
      report(ctx, 'manual', `unikernel.ml: config.ml names the runtime argument \`Unikernel.${rtName}\` for ${at}: define that Cmdliner term as the generated unikernel.ml does.`, { instance: inst.id });
    } else if (kb === 'runtime_arg' && ka === 'key') {
      report(ctx, 'change', `${at} is a configure key again: ${showValue(v)} is fixed at \`mirage configure\`.`, { instance: inst.id });
    } else if (kb === 'runtime_arg' && ka !== 'runtime_arg' && ocamlOf(v) === null) {
      report(ctx, 'change', `${at} takes a plain value now: ${showValue(v)} is the default of the boot flag the device defines itself.`, { instance: inst.id });
    } else if (kb !== 'runtime_arg' && ka === 'runtime_arg' && ocamlOf(v) === null) {
      report(ctx, 'change', `${at} takes a runtime argument: ${showValue(v)} becomes its default.`, { instance: inst.id });
    }
    return v;
  }
  const renamed = enumRename(ctx, name, v, after);
  if (renamed !== null) {
    report(ctx, 'change', `${at}: ${showValue(v)} is spelled ${showValue(renamed)} now.`, { instance: inst.id, source: ENUM_RENAMES[name]?.source });
    return renamed;
  }
  const coerced = coerce(v, after);
  if (coerced !== null && valueFits(after, coerced, ctx.design, ctx.to)) {
    report(ctx, 'change', `${at} is of type \`${innerType(after)}\` now: ${showValue(v)} becomes ${showValue(coerced)}.`, { instance: inst.id });
    return coerced;
  }
  report(ctx, 'manual', `${at} is of type \`${after.ocamlType}\` now and ${showValue(v)} does not fit: the value was dropped, set it again.`, { instance: inst.id });
  return undefined;
}

/** The positional scalar parameters of an instance at the target release (how `termTypeFor` finds positional facts). */
function positionalParams(ctx: StepContext, inst: DeviceInstance): ParamSpec[] {
  const spec = ctx.catTo.devices.get(inst.device);
  return spec ? paramsAt(spec, inst, ctx.catTo).filter((p) => p.kind === 'positional') : [];
}

/** The device's own boot flag for a parameter (`timeout` of generic_dns_client → `--dns_timeout`), when one matches. */
function ownFlag(ctx: StepContext, device: string, label: string): string | null {
  const flags = deviceFacts(device, ctx.to)?.runtimeFlags ?? [];
  const hit = flags.filter((f) => f.fn === `Runtime_arg.${label}` || f.fn.endsWith(`_${label}`));
  return hit.length === 1 && hit[0]!.flags[0] ? `--${hit[0]!.flags[0]}` : null;
}

function dropped(ctx: StepContext, inst: DeviceInstance, name: string, v: ParamValue, at: string): void {
  const flag = REPLACED_BY_FLAG[name];
  if (flag && ctx.up && flag.release === ctx.newer) {
    const spelled = flagOf(flag.fn, ctx);
    const raw = ocamlOf(v);
    if (raw !== null && flag.same?.test(raw.trim())) {
      report(ctx, 'change', `Removed ${at}: it was the default, and Mirage ${ctx.newer} always reads ${spelled ?? flag.fn} (${flag.what}).`, { instance: inst.id, source: flag.source });
    } else {
      report(ctx, 'manual', `Removed ${at} (${showValue(v)}): in Mirage ${ctx.newer} ${flag.what}${spelled ? ` \`${spelled}\`` : ''}; pass it to \`mirage configure\` where your value chose otherwise.`, { instance: inst.id, source: flag.source });
    }
    return;
  }
  const moved = MOVED_TO_BOOT_FLAGS[name];
  if (moved && ctx.up && moved.release === ctx.newer && isGiven(v)) {
    const v4 = moved.v === 'V4' || (moved.v === 'device' && /ipv4/.test(inst.device));
    const flags = ['network', 'gateway'].map((f) => flagOf(`Runtime_arg.${v4 ? 'V4' : 'V6'}.${f}`, ctx)).filter(Boolean);
    const later = moved.later ? `; from Mirage 4.10.2 \`${inst.device}\` also takes ${moved.later}` : '';
    report(ctx, 'manual', `Removed ${at} (${showValue(v)}): it only set the default address; in Mirage ${ctx.newer} pass it at boot with ${flags.map((f) => `\`${f}\``).join(' and ')}${later}.`, { instance: inst.id, source: moved.source });
    return;
  }
  if (!isGiven(v)) return;
  report(ctx, 'manual', `Removed ${at} (${showValue(v)}): Mirage ${ctx.to} has no such argument. Check whether the unikernel relied on it.`, { instance: inst.id });
}

function enumRename(ctx: StepContext, name: string, v: ParamValue, after: ParamSpec): ParamValue | null {
  const rule = ENUM_RENAMES[name];
  if (!rule || rule.release !== ctx.newer || typeof v !== 'string') return null;
  const map = ctx.up ? rule.map : Object.fromEntries(Object.entries(rule.map).map(([a, b]) => [b, a]));
  const tag = v.replace(/^`/, '');
  const next = map[tag];
  return next && valueFits(after, next, ctx.design, ctx.to) ? next : null;
}

/** Simple reshaping between close types: one string ↔ a list of one string. */
function coerce(v: ParamValue, after: ParamSpec): ParamValue | null {
  const t = paramTypeOf(innerType(after));
  const base = t.kind === 'option' ? t.inner : t;
  if (base.kind === 'string_list' && typeof v === 'string') return [v];
  if (base.kind !== 'string_list' && Array.isArray(v) && v.length === 1 && typeof v[0] === 'string') return v[0];
  return null;
}

/**
 * Required parameters the target release asks for and the design does not give (git_ssh's `~key` below
 * 4.8.0): an optional runtime value becomes a runtime argument defaulting to `None`; anything else is asked for.
 */
export function requiredParams(ctx: StepContext): void {
  for (const inst of ctx.design.devices) {
    const after = ctx.catTo.devices.get(inst.device);
    if (!after || inst.device === 'main' || inst.device === 'ocaml_code') continue;
    for (const p of paramsAt(after, inst, ctx.catTo)) {
      if (p.kind === 'optional' || isGiven(inst.params[p.name])) continue;
      const ir = paramExpr(p, undefined, { version: ctx.to, runtimeArgs: new Set() }, p.name);
      if (ir && ir.k !== 'missing') continue;
      const at = `${argTitle(p.name)} of ${who(ctx, inst.id)}`;
      if (ctx.entries.some((e) => e.instance === inst.id && e.text.startsWith(at))) continue;
      const before = ctx.catFrom.devices.get(inst.device);
      const old = before && paramsAt(before, inst, ctx.catFrom).find((x) => x.name === p.name && x.kind !== 'optional');
      const missingBefore = old && paramExpr(old, inst.params[p.name] ?? undefined, { version: ctx.from, runtimeArgs: new Set() }, p.name);
      if (missingBefore && missingBefore.k === 'missing') continue;
      const term = termTypeFor(inst.device, ctx.to, p, positionalParams(ctx, inst)) ?? '';
      if (p.type.kind === 'runtime_arg' && /\boption$/.test(term.trim())) {
        const taken = new Set(ctx.design.runtimeArgs.map((r) => r.name));
        const base = `${sanitizeIdent(inst.name, inst.device)}_${sanitizeIdent(p.label ?? p.name)}`;
        let name = base;
        for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
        ctx.design = {
          ...ctx.design,
          runtimeArgs: [...ctx.design.runtimeArgs, { name, type: term, default: 'None', doc: `${p.label ?? p.name} of ${inst.name}` }],
          devices: ctx.design.devices.map((d) => (d.id === inst.id ? { ...d, params: { ...d.params, [p.name]: { runtimeArg: name } } } : d)),
        };
        report(ctx, 'change', `${at} is required in Mirage ${ctx.to}: it takes the new runtime argument \`${name}\` (default \`None\`).`, { instance: inst.id });
        report(ctx, 'manual', `unikernel.ml: define the Cmdliner term \`${name}\` that config.ml names for ${at}, as the generated unikernel.ml does.`, { instance: inst.id });
        continue;
      }
      report(ctx, 'manual', `${at} is required in Mirage ${ctx.to} (\`${p.ocamlType}\`): give it a value.`, { instance: inst.id });
    }
  }
}
