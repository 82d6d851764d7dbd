import { catalogFor } from '../catalog';
import { paramTypeOf } from '../catalog/params';
import type { ParamValue, Design, RuntimeArg } from '../design/schema';
import { runtimeArgsSupported } from './ir-instances';
import { sanitizeIdent } from './names';
import { valueExpr } from './params';
import { printExpr } from './print-expr';

const isPlainLiteral = (v: ParamValue | undefined): boolean =>
  v !== undefined && v !== null && !(typeof v === 'object' && !Array.isArray(v) && ('ocaml' in v || 'runtimeArg' in v || 'key' in v));

/**
 * The design as the generators print it: a literal given to a `… runtime_arg` parameter (e.g. `~port`
 * = 8080) becomes a runtime argument of its own (`<binding>_<label>`, default = the literal), so
 * config.ml, unikernel.ml, the launch command and the README agree. Other designs come back unchanged.
 */
export function prepareDesign(design: Design): Design {
  const hit = prepared.get(design);
  if (hit) return hit;
  const out = prepare(design);
  prepared.set(design, out);
  // A prepared design prepares to itself (the printers of one export are given the prepared design).
  if (out !== design) prepared.set(out, out);
  return out;
}

/** Designs are immutable values: the printers of one export share one prepared design (and its cached span). */
const prepared = new WeakMap<Design, Design>();

function prepare(design: Design): Design {
  if (!runtimeArgsSupported(design.mirage)) return design;
  const catalog = catalogFor(design.mirage);
  const added: RuntimeArg[] = [];
  const taken = new Set(design.runtimeArgs.map((r) => r.name));
  /** Per base: the next suffix to try (suffixes below it are taken), so many same-named devices stay linear. */
  const nextSuffix = new Map<string, number>();
  let changed = false;
  const devices = design.devices.map((d) => {
    const spec = catalog.devices.get(d.device);
    if (!spec) return d;
    let params = d.params;
    for (const a of spec.args) {
      if (a.role !== 'param' || a.type.kind !== 'runtime_arg' || !isPlainLiteral(d.params[a.name])) continue;
      const inner = a.type.inner;
      const lit = valueExpr(paramTypeOf(inner), d.params[a.name]!, { version: design.mirage, runtimeArgs: new Set() }, inner);
      if (!lit) continue;
      const base = `${sanitizeIdent(d.name, d.device)}_${sanitizeIdent(a.label ?? a.name)}`;
      let name = base;
      if (taken.has(name)) {
        let k = nextSuffix.get(base) ?? 2;
        while (taken.has(`${base}_${k}`)) k++;
        nextSuffix.set(base, k + 1);
        name = `${base}_${k}`;
      }
      taken.add(name);
      added.push({ name, type: inner, default: printExpr(lit), doc: `${a.label ?? a.name} of ${d.name || d.device}` });
      params = { ...params, [a.name]: { runtimeArg: name } };
      changed = true;
    }
    return params === d.params ? d : { ...d, params };
  });
  return changed ? { ...design, devices, runtimeArgs: [...design.runtimeArgs, ...added] } : design;
}
