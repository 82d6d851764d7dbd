import type { Wire } from '../design/schema';
import { type Ty } from '../types/term';
import { type Subst, resolve, unifyInPlace } from '../types/unify';
import { type GraphIndex, topoOrder } from './index';

export interface TypeMismatch {
  wire: Wire;
  /** What the source gives and what the port expects, resolved as far as known. */
  given: Ty;
  expected: Ty;
}

/** The types of a whole design: one substitution over every instance's variables. */
export interface Inference {
  subst: Subst;
  mismatches: TypeMismatch[];
  /** Resolved output type of an instance (null when it has none or it is unknown). */
  outputType(instId: string): Ty | null;
  /** Resolved type of an input port. */
  portType(instId: string, port: string): Ty | null;
}

/**
 * Infers all types by unifying every wire in dependency order; mismatching wires are reported, not applied.
 * Memoised per index (so per design object: `indexDesign` is); the result is read-only.
 */
export function inferTypes(index: GraphIndex): Inference {
  let inf = inferred.get(index);
  if (!inf) inferred.set(index, (inf = infer(index)));
  return inf;
}

const inferred = new WeakMap<GraphIndex, Inference>();

function infer(index: GraphIndex): Inference {
  // One substitution extended in place (a clash undoes its own bindings): linear in the design's size.
  const subst = new Map<string, Ty>();
  const mismatches: TypeMismatch[] = [];
  for (const id of topoOrder(index)) {
    const ports = index.ports(id);
    for (const [port, wires] of index.incoming(id)) {
      const p = ports.find((x) => x.name === port);
      if (!p) continue;
      for (const w of wires) {
        const given = index.output(w.from, w.fromPort);
        if (!given) continue;
        if (unifyInPlace(given, p.type, subst)) mismatches.push({ wire: w, given: resolve(given, subst), expected: resolve(p.type, subst) });
      }
    }
  }
  return {
    subst,
    mismatches,
    outputType(id) {
      const t = index.output(id);
      return t ? resolve(t, subst) : null;
    },
    portType(id, port) {
      const p = index.ports(id).find((x) => x.name === port);
      return p ? resolve(p.type, subst) : null;
    },
  };
}
