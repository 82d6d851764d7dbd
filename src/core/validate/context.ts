import { type Catalog, catalogFor } from '../catalog';
import type { Design, RuntimeArg } from '../design/schema';
import type { Diagnostic } from '../diagnostics';
import { type GraphIndex, indexDesign } from '../graph/index';
import { type Inference, inferTypes } from '../graph/infer';
import { reference } from '../reference/api';
import type { MirageVersion } from '../reference/types';

/** What every validation rule gets: the design with its catalog, index and inferred types. */
export interface RuleContext {
  design: Design;
  catalog: Catalog;
  index: GraphIndex;
  inference: Inference;
  /** How an instance is named in messages: its binding name, else its catalog id, else its id. */
  label(instId: string): string;
  /** The design runtime argument of a name (the first one, when names repeat); undefined when none. */
  runtimeArg(name: string): RuntimeArg | undefined;
}

/** A validation rule: pure, returns its diagnostics (any order; the validator sorts). */
export type Rule = (ctx: RuleContext) => Diagnostic[];

/** Builds the rule context of a design (catalog of its Mirage version, index, inference). */
export function ruleContext(design: Design): RuleContext {
  const catalog = catalogFor(design.mirage);
  const index = indexDesign(design, catalog);
  const inference = inferTypes(index);
  const runtimeArgs = new Map<string, RuntimeArg>();
  for (const a of design.runtimeArgs) if (!runtimeArgs.has(a.name)) runtimeArgs.set(a.name, a);
  return {
    design,
    catalog,
    index,
    inference,
    label(id) {
      const inst = index.byId.get(id);
      return inst ? inst.name || inst.device : id;
    },
    runtimeArg: (name) => runtimeArgs.get(name),
  };
}

/**
 * The release tag where something about `name` (and `arg`, if given) changed between two covered versions,
 * read from the reference change log (`"4.0.0 -> 4.5.1 (4.1.0): chamelon added"` → `4.1.0`); null when unknown.
 */
export function changeTag(name: string, from: MirageVersion, to: MirageVersion, arg?: string): string | null {
  const word = (w: string) => new RegExp(`(^|[^A-Za-z0-9_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9_]|$)`);
  const words = [word(name), ...(arg ? [word(arg)] : [])];
  for (const c of reference.changes) {
    const m = /^(\S+) -> (\S+) \(([^)]+)\):(.*)$/.exec(c);
    if (m && m[1] === from && m[2] === to && words.every((w) => w.test(m[4]!))) return m[3]!;
  }
  return null;
}
