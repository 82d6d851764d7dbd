import { type DesignShot, designShot, memoPerDesign, movedOnly } from '../design/memo';
import type { Design } from '../design/schema';
import { type Diagnostic, SEVERITY_RANK as RANK } from '../diagnostics';
import { clashRules } from './clash';
import { codeRules } from './code';
import { fileRules } from './files';
import { type Rule, ruleContext } from './context';
import { manifestRules } from './manifest';
import { nameRules } from './names';
import { paramRules } from './params';
import { registerRules } from './register';
import { runtimeArgRules } from './runtimeArgs';
import { sharingRules } from './sharing';
import { versionRules } from './version';
import { wireRules } from './wires';

/** Every rule group, in the order their diagnostics are listed within a severity. */
export const RULES: readonly Rule[] = [
  registerRules,
  versionRules,
  wireRules,
  nameRules,
  paramRules,
  runtimeArgRules,
  clashRules,
  sharingRules,
  codeRules,
  fileRules,
  manifestRules,
];

/**
 * All diagnostics of a design, errors first, then warnings, then infos (stable within a severity; pure).
 * Memoised per design object (the UI, the header range and the printers ask for the same design): the array is frozen.
 */
export function validateDesign(design: Design): Diagnostic[] {
  return validated(design);
}

const validated = memoPerDesign((d) => {
  // Moving devices changes no diagnostic (none is about positions): the last result carries over.
  if (last && movedOnly(last.shot, d)) return last.result;
  const result = Object.freeze(validate(d)) as Diagnostic[];
  last = { shot: designShot(d), result };
  return result;
});

let last: { shot: DesignShot; result: Diagnostic[] } | null = null;

function validate(design: Design): Diagnostic[] {
  const ctx = ruleContext(design);
  // Stable by severity: one bucket per severity, in rule order (linear, where a sort of 100,000 diagnostics is not).
  const buckets: Diagnostic[][] = [];
  for (const rule of RULES) for (const d of rule(ctx)) (buckets[RANK[d.severity]] ??= []).push(d);
  return buckets.flatMap((b) => b ?? []);
}

export { checkConnection, type Connection, type ConnectionVerdict } from './connection';
