import type { ParamSpec } from '../catalog/spec';
import { deviceFacts } from '../reference/runtime';
import type { MirageVersion } from '../reference/versions';

/**
 * The OCaml type the unikernel's Cmdliner term must have when a design runtime argument feeds this parameter:
 * the hand-read `runtime_arg_params[].cmdliner_term_type` where the facts have one (e.g. `ccm_block`'s key is a
 * `string` term although its signature says `string option runtime_arg`), else the type the signature gives.
 * Null for a parameter that is not a `runtime_arg`.
 */
export function termTypeFor(device: string, version: MirageVersion, spec: ParamSpec, positional: readonly ParamSpec[] = []): string | null {
  if (spec.type.kind !== 'runtime_arg') return null;
  const facts = deviceFacts(device, version)?.runtimeArgParams ?? [];
  const label = spec.label;
  const fact = label
    ? facts.find((f) => new RegExp(`^[~?]${label}\\b`).test(f.arg))
    : facts.filter((f) => /\bpositional\b/.test(f.arg))[positional.filter((p) => p.type.kind === 'runtime_arg').indexOf(spec)];
  const m = fact ? /^(.*\S)\s+Cmdliner\.Term\.t$/.exec(fact.cmdliner_term_type.trim()) : null;
  return m ? m[1]! : spec.type.inner;
}
