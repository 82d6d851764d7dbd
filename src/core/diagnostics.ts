/**
 * Diagnostics are data: a stable code, a severity, a message in Mirage words, and where it applies.
 * Codes never change meaning once published; new rules get new codes.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Device instance the diagnostic is about, if any. */
  instance?: string;
  /** Input port or parameter name on that instance, if any. */
  port?: string;
  param?: string;
  /** Wire id, if any. */
  wire?: string;
  /** What to do about it (e.g. the replacement device). */
  hint?: string;
  /** Source location (for import diagnostics): 1-based line and column. */
  line?: number;
  column?: number;
}

/** Every diagnostic code with a one-line meaning (shown in docs and the problems list). */
export const DIAGNOSTIC_CODES = {
  MC001: 'required port not connected',
  MC002: 'register has no job: only Mirage start-up runs (valid)',
  MC003: 'job not reachable from register',
  MC004: 'type mismatch on a wire',
  MC005: 'cycle in the device graph',
  MC006: 'duplicate binding name',
  MC007: 'invalid binding name',
  MC008: 'device does not exist in this Mirage version',
  MC009: 'argument does not exist in this Mirage version',
  MC010: 'a job without arguments, which the release refuses',
  MC011: 'device cannot run on this target',
  MC012: 'command-line arguments of two devices clash',
  MC013: 'happy-eyeballs, DNS client and mimic do not share one stack',
  MC014: 'invalid parameter value',
  MC015: 'port takes one wire',
  MC016: 'unknown device or port',
  MC017: 'runtime argument problem',
  MC018: 'unknown target for this Mirage version',
  MC019: 'design file could not be read',
  MC020: 'register missing or duplicated',
  MC021: 'OCaml code kept as written',
  MC022: 'config.ml could not be read',
  MC023: 'OCaml code that does not lex or whose brackets do not nest',
  MC024: 'OCaml code names a value this Mirage version does not have',
  MC025: 'what only the OCaml compiler can check in kept OCaml code (not checked)',
  MC026: 'invalid unikernel name',
  MC027: 'a main module would be a file the project already has',
  MC028: 'a block device file that leaves the project or that the target cannot name',
  MC029: 'a runtime argument of another type than its parameter',
  MC030: 'beyond a size limit that links, import and export share',
  MC040: 'network name not valid in the solo5 manifest',
  MC041: 'a compilation unit used as a functor',
  MC031: 'config.ml as kept differs from the design beyond the edited bindings (header range, a name, a file written anew)',
  MC042: 'deprecated value (refused where config.ml warnings are errors)',
} as const;
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Sort key of a severity: errors first, then warnings, then infos. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Builds a diagnostic (small helper so rules read as one line each). */
export function diag(code: DiagnosticCode, severity: Severity, message: string, where: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity, message, ...where };
}
