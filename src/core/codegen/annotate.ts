import type { GraphIndex } from '../graph/index';
import type { Inference } from '../graph/infer';
import { type Ty, con, printTy, tyVars } from '../types/term';

/** Replaces variables under a type constructor by `v4v6` (the usual IP version); null if a bare variable remains. */
export function defaultVars(t: Ty): Ty | null {
  if (t.kind === 'var') return null;
  if (t.kind === 'arrow') {
    const from = defaultVars(t.from);
    const to = defaultVars(t.to);
    return from && to ? { kind: 'arrow', from, to } : null;
  }
  const args = t.args.map((a) => (a.kind === 'var' ? con('v4v6') : defaultVars(a)));
  return args.every((a): a is Ty => a !== null) ? con(t.name, args) : null;
}

/**
 * The `T impl` annotation of a binding whose device is polymorphic (`direct_udp`, `if_impl`, a `main`
 * over `udp`…), from the inferred types with leftover variables set to `v4v6`, so OCaml never sees
 * a type variable it cannot generalise. Undefined when no annotation is needed or possible.
 */
export function bindingAnnotation(index: GraphIndex, inference: Inference, id: string): string | undefined {
  const inst = index.byId.get(id);
  if (!inst) return undefined;
  if (inst.device === 'main') {
    const ports = index.ports(id).filter((p) => /^arg\d+$/.test(p.name));
    if (!ports.some((p) => tyVars(p.type).length)) return undefined;
    let t: Ty = con('job');
    for (const p of [...ports].reverse()) t = { kind: 'arrow', from: inference.portType(id, p.name) ?? p.type, to: t };
    const d = defaultVars(t);
    return d ? `(${printTy(d)}) impl` : undefined;
  }
  const declared = index.output(id);
  if (!declared || !tyVars(declared).length) return undefined;
  const d = defaultVars(inference.outputType(id) ?? declared);
  return d ? `${d.kind === 'arrow' ? `(${printTy(d)})` : printTy(d)} impl` : undefined;
}
