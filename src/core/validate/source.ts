import { printConfigMl } from '../codegen/config';
import type { Diagnostic } from '../diagnostics';
import { headerProposal } from '../preserve/header';
import type { Rule } from './context';

/**
 * A design read from a config.ml (MC023): what its export changes beyond the edited bindings (a header
 * rewritten, a name that could not change, the file written anew), and a header range that admits releases
 * the design is not valid for, with the proposed range.
 */
export const sourceRules: Rule = (ctx) => {
  if (!ctx.design.source) return [];
  const out: Diagnostic[] = [];
  try {
    out.push(...printConfigMl(ctx.design).notes);
  } catch {
    // Export says what it can itself; nothing to add here.
  }
  const proposal = headerProposal(ctx.design);
  if (proposal) out.push(proposal);
  return out;
};
