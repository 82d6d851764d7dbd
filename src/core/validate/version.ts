import { argsOf, catalogFor } from '../catalog';
import type { DeviceInstance } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import { MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';
import { chosenBranch, targetSupport, targetsOf } from '../facts';
import { configWarningsAreErrors } from '../facts/warnings';
import { reference } from '../reference/api';
import { portTitle } from './connection';
import type { Rule, RuleContext } from './context';
import { compareVersions } from './values';

/**
 * Version facts: the device exists in the design's Mirage version (MC008, with what to use instead);
 * every wired port and set parameter exists there (MC009); the target exists (MC018) and the device
 * runs on it (MC011, from the family entries' `targets`).
 */
export const versionRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const v = ctx.design.mirage;
  if (!ctx.catalog.targets.includes(ctx.design.target)) {
    out.push(
      diag('MC018', 'error', `\`${ctx.design.target}\` is not a target of Mirage ${v}.`, {
        hint: `Targets of ${v}: ${ctx.catalog.targets.join(', ')}.`,
      }),
    );
  }
  for (const d of ctx.design.devices) {
    const spec = ctx.catalog.devices.get(d.device);
    if (!spec) {
      out.push(missingDevice(ctx, d));
      continue;
    }
    const args = argsOf(spec, d, ctx.catalog);
    const ports = new Set(args.filter((a) => a.role === 'port').map((a) => a.name));
    const params = new Set(args.filter((a) => a.role === 'param').map((a) => a.name));
    for (const port of ctx.index.incoming(d.id).keys()) {
      if (params.has(port)) {
        out.push(diag('MC016', 'error', `${portTitle(port, /^arg\d+$/.test(port) ? null : port)} of \`${d.device}\` is a value, not a device: give it a value instead of wiring a device into it.`, { instance: d.id, port }));
      } else if (!ports.has(port)) out.push(missingArg(ctx, d, port, 'port'));
    }
    for (const [p, val] of Object.entries(d.params)) {
      if (val === null || val === undefined || params.has(p)) continue;
      if (ports.has(p)) {
        out.push(diag('MC016', 'error', `${portTitle(p, /^arg\d+$/.test(p) ? null : p)} of \`${d.device}\` takes a device: wire one in instead of setting a value.`, { instance: d.id, param: p }));
      } else out.push(missingArg(ctx, d, p, 'param'));
    }
    if (ctx.catalog.targets.includes(ctx.design.target)) out.push(...targetCheck(ctx, d));
    if (VALUES.get(d.device)?.deprecated[v]) out.push(deprecated(ctx, d));
  }
  return out;
};

const VALUES = new Map(reference.values.map((x) => [x.name, x]));

/** A value the release's mirage.mli marks deprecated: refused where config.ml warnings are errors (MC042). */
function deprecated(ctx: RuleContext, d: DeviceInstance): Diagnostic {
  const v = ctx.design.mirage;
  const rep = ctx.catalog.entries.get(d.device)?.entry.replacement;
  const hint = rep && ctx.catalog.devices.has(rep) ? `Use \`${rep}\` instead.` : 'Use its successor (see the Mirage documentation of this release).';
  return configWarningsAreErrors(v)
    ? diag('MC042', 'error', `\`${d.device}\` is deprecated in Mirage ${v}, which builds config.ml with warnings as errors: \`mirage configure\` stops.`, { instance: d.id, hint })
    : diag('MC042', 'warning', `\`${d.device}\` is deprecated in Mirage ${v}.`, { instance: d.id, hint });
}

function missingDevice(ctx: RuleContext, d: DeviceInstance): Diagnostic {
  const v = ctx.design.mirage;
  const exists = MIRAGE_VERSIONS.filter((x) => catalogFor(x).devices.has(d.device));
  const entry = ctx.catalog.entries.get(d.device)?.entry;
  if (exists.length === 0 && !entry) {
    return diag('MC016', 'error', `\`${d.device}\` is not a Mirage device the composer knows.`, { instance: d.id });
  }
  const later = exists.find((x) => cmp(x, v) > 0);
  const earlier = [...exists].reverse().find((x) => cmp(x, v) < 0);
  let when = '';
  let hint: string | undefined;
  if (later && !earlier) {
    when = `: it was added in ${later}`;
    hint = `Use Mirage ${later} or later for \`${d.device}\`.`;
  } else if (earlier) {
    when = `: it was removed in ${after(earlier)}`;
  }
  const rep = entry?.replacement;
  if (rep && compareVersions(v, '4.9.0') >= 0 && TIME_DEVICES.has(d.device)) {
    hint = `No longer needed: since Mirage 4.9 devices take no clock or time argument (\`register\` has \`?sleep\`, \`?ptime\`, \`?mtime\`). Where one is wanted, use \`${rep}\`.`;
  } else if (rep && ctx.catalog.devices.has(rep)) hint = `Use \`${rep}\` instead.`;
  return diag('MC008', 'error', `\`${d.device}\` does not exist in Mirage ${v}${when}.`, { instance: d.id, ...(hint ? { hint } : {}) });
}

const TIME_DEVICES = new Set(['default_time', 'default_posix_clock', 'default_monotonic_clock']);

function missingArg(ctx: RuleContext, d: DeviceInstance, name: string, role: 'port' | 'param'): Diagnostic {
  const v = ctx.design.mirage;
  const where = role === 'port' ? { instance: d.id, port: name } : { instance: d.id, param: name };
  const has = MIRAGE_VERSIONS.filter((x) => {
    const s = catalogFor(x).devices.get(d.device);
    return !!s && argsOf(s, d, catalogFor(x)).some((a) => a.name === name && a.role !== 'unit');
  });
  const title = portTitle(name, /^arg\d+$/.test(name) ? null : name);
  if (has.length === 0) {
    const what = title.startsWith('argument') ? title : `argument ${title}`;
    return diag('MC009', 'error', `\`${d.device}\` has no ${what} in any Mirage version.`, { ...where, hint: `Remove ${title}.` });
  }
  const earlier = [...has].reverse().find((x) => cmp(x, v) < 0);
  const later = has.find((x) => cmp(x, v) > 0);
  const when = earlier
    ? ` (last in ${earlier}; removed in ${after(earlier)})`
    : later
      ? ` (added in ${later})`
      : '';
  return diag('MC009', 'error', `${title} of \`${d.device}\` does not exist in Mirage ${v}${when}.`, { ...where, hint: `Remove ${title} for Mirage ${v}.` });
}

function targetCheck(ctx: RuleContext, d: DeviceInstance): Diagnostic[] {
  const t = ctx.design.target;
  const v = ctx.design.mirage;
  const support = targetSupport(d.device, v, t, ctx.catalog.targets);
  if (support.ok) return [];
  const where = targetsOf(d.device, v);
  const outs = ctx.index.outgoing(d.id);
  // A use in a branch the target does not pick (a match_impl case of another target, an if_impl on a target
  // predicate such as Key.is_solo5) is never configured there; an if_impl on another condition may be.
  const picked = (w: { to: string; port: string }) => {
    const to = ctx.index.byId.get(w.to);
    return to ? chosenBranch(to, t) : null;
  };
  const unused = (w: { to: string; port: string }) => {
    const b = picked(w);
    return b !== null && b !== w.port;
  };
  const undecided = (w: { to: string; port: string }) => ctx.index.byId.get(w.to)?.device === 'if_impl' && picked(w) === null;
  const only = where.length ? where.join(', ') : 'no target of this release';
  if (outs.length > 0 && outs.every(unused)) return [];
  if (outs.length > 0 && outs.every((w) => unused(w) || undecided(w))) {
    return [diag('MC011', 'warning', `\`${d.device}\` runs only on ${only}; make sure the \`if_impl\` condition picks it only there.`, { instance: d.id })];
  }
  return [
    diag('MC011', 'error', `\`${d.device}\` cannot run on target \`${t}\` with Mirage ${v}: ${support.reason}.`, {
      instance: d.id,
      hint: `It runs on ${only}. Choose it per target with \`match_impl\`, or change the target.`,
    }),
  ];
}

const cmp = (a: string, b: string) => MIRAGE_VERSIONS.indexOf(a as MirageVersion) - MIRAGE_VERSIONS.indexOf(b as MirageVersion);
const after = (v: MirageVersion) => MIRAGE_VERSIONS[Math.min(MIRAGE_VERSIONS.length - 1, MIRAGE_VERSIONS.indexOf(v) + 1)]!;
