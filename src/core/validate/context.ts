import { type Catalog, catalogFor } from '../catalog';
import type { Design } from '../design/schema';
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
}

/** A validation rule: pure, returns its diagnostics (any order; the validator sorts). */
export type Rule = (ctx: RuleContext) => Diagnostic[];

/** Builds the rule context of a design (catalog of its Mirage version, index, inference). */
export function ruleContext(design: Design): RuleContext {
  const catalog = catalogFor(design.mirage);
  const index = indexDesign(design, catalog);
  const inference = inferTypes(index);
  return {
    design,
    catalog,
    index,
    inference,
    label(id) {
      const inst = index.byId.get(id);
      return inst ? inst.name || inst.device : id;
    },
  };
}
