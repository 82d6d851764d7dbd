import { printConfigMl } from '../codegen/config';
import type { Design } from '../design/schema';
import { type Diagnostic, SEVERITY_RANK } from '../diagnostics';
import { validateDesign } from '../validate/index';

/**
 * Everything `check` says about a design: the validator's diagnostics and, for a design read from a config.ml,
 * what its export changes beyond the edited bindings (MC031: a header that no longer fits or admits releases
 * the design does not work with, a name that could not change, a file written anew). Errors first (pure).
 */
export function designDiagnostics(design: Design): Diagnostic[] {
  const all = validateDesign(design);
  if (!design.source) return all;
  let notes: Diagnostic[] = [];
  try {
    notes = printConfigMl(design).notes;
  } catch {
    // Export says what it can itself.
  }
  return [...all, ...notes].map((d, i) => ({ d, i })).sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] || a.i - b.i).map((x) => x.d);
}
