import { type Catalog, catalogFor } from '../catalog';
import type { Design, RuntimeArg } from '../design/schema';
import type { Diagnostic } from '../diagnostics';
import { type GraphIndex, indexDesign } from '../graph/index';
import { type Inference, inferTypes } from '../graph/infer';

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
