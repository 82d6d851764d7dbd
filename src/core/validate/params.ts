import { memberOfType } from '../facts/members';
import { termTypeFor } from '../facts/runtime-args';
import { paramsOf } from '../catalog';
import type { ParamSpec, ParamType } from '../catalog/spec';
import { keyProblem } from '../codegen/keys';
import type { DeviceInstance, KeyValue, ParamValue } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import { sameRuntimeArgType } from '../codegen/params';
import type { Rule, RuleContext } from './context';
import { LOG_LEVELS, isIpv4, isIpv6, isModulePath, isOcamlInt, isOcamlInt64, isPrefix } from './values';

/**
 * Parameter values (MC014): required parameters are given, values have the syntax of their OCaml type
 * (addresses, prefixes, ints, int64, enum cases, `main`'s module path and typs), names are not empty;
 * runtime-argument references name a design runtime argument of a parameter that takes one (MC017).
 */
export const paramRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const d of ctx.design.devices) {
    const spec = ctx.catalog.devices.get(d.device);
    if (!spec) continue;
    for (const p of paramsOf(spec)) {
      const v = d.params[p.name];
      const where = { instance: d.id, param: p.name };
      const title = p.label ? `~${p.label}` : /^arg\d+$/.test(p.name) ? `argument ${p.name.slice(3)}` : `its ${p.name}`;
      if (v === undefined || v === null) {
        if (p.kind !== 'optional' && d.device !== 'ocaml_code' && p.type.kind !== 'typ_list') {
          out.push(diag('MC014', 'error', `\`${ctx.label(d.id)}\` needs a value for ${title} (${p.ocamlType}).`, where));
        }
        continue;
      }
      const problem = checkValue(ctx, d, p, v);
      if (problem) out.push(diag(problem.code, 'error', `${title} of \`${ctx.label(d.id)}\`: ${problem.message}`, where));
    }
  }
  return out;
};

type Problem = { code: 'MC014' | 'MC017' | 'MC029'; message: string } | null;

/** A configure key (`{ key, group }`) given to a `… value` / `… key` parameter (or an option of one). */
function keyValueProblem(ctx: RuleContext, t: ParamType, v: KeyValue): Problem {
  const inner = t.kind === 'option' ? t.inner : t;
  if (inner.kind !== 'value' && inner.kind !== 'key') return { code: 'MC014', message: `takes a plain value, not the configure key \`Key.${v.key}\`.` };
  const problem = keyProblem(v, inner.inner, inner.kind, ctx.design.mirage);
  return problem ? { code: 'MC014', message: problem } : null;
}

function checkValue(ctx: RuleContext, d: DeviceInstance, p: ParamSpec, v: ParamValue): Problem {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    if ('ocaml' in v) return v.ocaml.trim() ? null : { code: 'MC014', message: 'the OCaml expression is empty.' };
    if ('key' in v) return keyValueProblem(ctx, p.type, v);
    const rt = p.type.kind === 'runtime_arg' ? p.type : p.type.kind === 'option' && p.type.inner.kind === 'runtime_arg' ? p.type.inner : null;
    if (!rt) return { code: 'MC017', message: `takes a plain value in Mirage ${ctx.design.mirage}, not the runtime argument \`${v.runtimeArg}\`.` };
    const arg = ctx.runtimeArg(v.runtimeArg);
    if (!arg) return { code: 'MC017', message: `\`${v.runtimeArg}\` is not a runtime argument of this design.` };
    // The type the unikernel's term needs: the facts' Cmdliner term type where they give one (ccm_block's key: `string`).
    const spec = ctx.catalog.devices.get(d.device);
    const positional = (spec?.args ?? []).filter((a): a is ParamSpec => a.role === 'param' && a.kind === 'positional');
    const want = (p.type.kind === 'runtime_arg' ? termTypeFor(d.device, ctx.design.mirage, p, positional) : null) ?? rt.inner;
    return sameRuntimeArgType(arg.type, want) ? null : { code: 'MC029', message: `needs a runtime argument of type \`${want}\`, but \`${arg.name}\` is of type \`${arg.type}\`.` };
  }
  if (d.device === 'main' && p.name === 'module') {
    return typeof v === 'string' && isModulePath(v) ? null : { code: 'MC014', message: `\`${String(v)}\` is not a module path like \`Unikernel.Make\`.` };
  }
  const bad = literalProblem(ctx, p.type, v, p.kind !== 'optional' || p.name === 'group');
  return bad ? { code: p.type.kind === 'runtime_arg_list' ? 'MC017' : 'MC014', message: bad } : null;
}

/** Why `v` is not a literal of `t` (null when it is). `named`: an empty string is not allowed. */
function literalProblem(ctx: RuleContext, t: ParamType, v: ParamValue, named: boolean): string | null {
  const s = typeof v === 'string' ? v.trim() : null;
  switch (t.kind) {
    case 'string':
      if (s === null) return 'expects text.';
      return named && s === '' ? 'must not be empty.' : null;
    case 'int':
      return isOcamlInt(v) ? null : `\`${String(v)}\` is not an OCaml int.`;
    case 'int64':
      return isOcamlInt64(v) ? null : `\`${String(v)}\` is not an int64.`;
    case 'bool':
      return typeof v === 'boolean' ? null : 'expects true or false.';
    case 'string_list':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'expects a list of strings.';
    case 'ipv4':
      return s !== null && isIpv4(s) ? null : `\`${String(v)}\` is not an IPv4 address (like 10.0.0.2).`;
    case 'ipv6':
      return s !== null && isIpv6(s) ? null : `\`${String(v)}\` is not an IPv6 address (like fd00::2).`;
    case 'ip':
      return s !== null && (isIpv4(s) || isIpv6(s)) ? null : `\`${String(v)}\` is not an IP address.`;
    case 'ipv4_prefix':
      return s !== null && isPrefix(s, 4) ? null : `\`${String(v)}\` is not an IPv4 prefix (address/length, like 10.0.0.2/24).`;
    case 'ipv6_prefix':
      return s !== null && isPrefix(s, 6) ? null : `\`${String(v)}\` is not an IPv6 prefix (address/length, like fd00::2/64).`;
    case 'enum': {
      const c = s === null ? null : s.startsWith('`') ? s : `\`${s}`;
      return c !== null && t.cases.includes(c) ? null : `\`${String(v)}\` is not one of ${t.cases.join(', ')}.`;
    }
    case 'log_level':
      return s !== null && LOG_LEVELS.some((l) => l.toLowerCase() === s.replace(/^Logs\./, '').toLowerCase())
        ? null
        : `\`${String(v)}\` is not a log level (${LOG_LEVELS.join(', ')}).`;
    case 'option':
      return literalProblem(ctx, t.inner, v, named);
    case 'key':
    case 'value':
      // A member of the release's `Key` of the right type (`Key.is_solo5` for a `bool value`) is fine too.
      if (typeof v === 'string' && memberOfType('Key', v, `${t.inner} ${t.kind}`, ctx.design.mirage)) return null;
      return literalProblem(ctx, innerType(t.inner), v, named);
    case 'runtime_arg':
      return literalProblem(ctx, innerType(t.inner), v, named);
    case 'typ_list': {
      if (!Array.isArray(v)) return 'expects a list of Mirage types.';
      const unknown = v.find((x) => typeof x !== 'string' || !ctx.catalog.typs.has(x.trim()));
      return unknown === undefined ? null : `\`${String(unknown)}\` is not a Mirage type (\`typ\`) in Mirage ${ctx.design.mirage}.`;
    }
    case 'target_list': {
      if (!Array.isArray(v)) return 'expects a list of targets.';
      const unknown = v.find((x) => typeof x !== 'string' || !ctx.catalog.targets.includes(x));
      return unknown === undefined ? null : `\`${String(unknown)}\` is not a target of Mirage ${ctx.design.mirage}.`;
    }
    case 'runtime_arg_list': {
      if (!Array.isArray(v)) return 'expects a list of runtime arguments.';
      const unknown = v.find((x) => typeof x !== 'string' || !ctx.runtimeArg(x));
      return unknown === undefined ? null : `\`${String(unknown)}\` is not a runtime argument of this design.`;
    }
    case 'packages':
    case 'ocaml':
      return null;
  }
}

/** The parameter type of the OCaml type inside `… runtime_arg` / `… key` / `… value`. */
function innerType(ocaml: string): ParamType {
  const t = ocaml.trim();
  const opt = /^(.*) option$/.exec(t);
  if (opt) return { kind: 'option', inner: innerType(opt[1]!) };
  if (t === 'int' || t === 'int64' || t === 'bool' || t === 'string') return { kind: t };
  if (t === 'string list') return { kind: 'string_list' };
  const en = /^\[ *((?:`[A-Za-z0-9_]+ *\|? *)+)\]$/.exec(t);
  if (en) return { kind: 'enum', cases: en[1]!.split('|').map((c) => c.trim()).filter(Boolean) };
  return { kind: 'ocaml', ocamlType: t };
}
