import { argsOf } from '../catalog/ports';
import type { DeviceSpec, ParamSpec, PortSpec } from '../catalog/spec';
import type { Catalog } from '../catalog';
import type { DeviceInstance } from '../design/schema';
import { printTy } from '../types/term';

const typeText = (p: PortSpec) => printTy(p.type);

/**
 * Where each input port of `before` goes in `after` (same device, or its successor): by name when the
 * name and type agree; positional ports whose types were only re-ordered follow their type
 * (`mimic_happy_eyeballs` 4.6.0); anything else maps to null (the argument is gone or changed type).
 */
export function mapPorts(before: PortSpec[], after: PortSpec[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const pos = (l: PortSpec[]) => l.filter((p) => p.kind === 'positional' && !p.many);
  const pb = pos(before);
  const pa = pos(after);
  const sameOrder = pb.map(typeText).join('|') === pa.slice(0, pb.length).map(typeText).join('|');
  const permuted = !sameOrder && pb.length === pa.length && [...pb.map(typeText)].sort().join('|') === [...pa.map(typeText)].sort().join('|');
  const taken = new Set<string>();
  for (const p of before) {
    if (p.kind === 'positional' && !p.many && permuted) {
      const q = pa.find((x) => !taken.has(x.name) && typeText(x) === typeText(p));
      out.set(p.name, q ? q.name : null);
      if (q) taken.add(q.name);
      continue;
    }
    const q = after.find((x) => x.name === p.name);
    out.set(p.name, q && typeText(q) === typeText(p) && !!q.many === !!p.many ? q.name : null);
  }
  return out;
}

/** The input ports of an instance under a spec of some release. */
export function portsAt(spec: DeviceSpec, inst: DeviceInstance, catalog: Catalog): PortSpec[] {
  return argsOf(spec, inst, catalog).filter((a): a is PortSpec => a.role === 'port');
}

/** The scalar parameters of an instance under a spec of some release. */
export function paramsAt(spec: DeviceSpec, inst: DeviceInstance, catalog: Catalog): ParamSpec[] {
  return argsOf(spec, inst, catalog).filter((a): a is ParamSpec => a.role === 'param');
}
