// The OCaml type the Cmdliner term of a device's runtime-argument parameter must have, so that the
// connect code the release generates for that device compiles (`runtime_arg_params[].cmdliner_term_type`
// of mirage-runtime.json; e.g. `ccm_block`'s key is a `string` term although the mli says
// `string option runtime_arg`). Falls back to the mli type where the data has no entry.
import type { MirageReference, MirageVersion, RefArg } from '../src/core/reference/types';
import { deviceFacts } from '../src/core/reference/runtime';

export interface TermType {
  /** OCaml type of the term's value, e.g. `string`, `int`, `string option`. */
  type: string;
  /** Where it comes from. */
  source: string;
  /** Set when the data marks the fact unverified or has none. */
  note?: string;
}

/** The signature argument a design parameter names: a label, or `argN` = the Nth positional argument. */
export function signatureArg(args: readonly RefArg[], param: string): RefArg | undefined {
  const pos = /^arg(\d+)$/.exec(param);
  if (pos) return args.filter((a) => a.kind === 'positional')[Number(pos[1]) - 1];
  return args.find((a) => a.label === param);
}

/** The term type for parameter `param` of `device` at `v`; null when the parameter is not a runtime argument. */
export function termTypeOf(ref: MirageReference, device: string, param: string, v: MirageVersion): TermType | null {
  const sig = ref.values.find((x) => x.name === device)?.versions[v];
  const arg = sig ? signatureArg(sig.args, param) : undefined;
  const mli = arg ? /^(.*\S)\s+runtime_arg$/.exec(arg.type.trim())?.[1] : undefined;
  if (!arg || !mli) return null;
  const entries = deviceFacts(device, v)?.runtimeArgParams ?? [];
  const entry = entries.find((e) =>
    arg.kind === 'positional' ? /\bpositional\b/.test(e.arg) : new RegExp(`[~?]${arg.label}\\b`).test(e.arg) || /\bevery optional\b/.test(e.arg),
  );
  if (!entry) return { type: mli, source: `mli type ${arg.type}`, note: 'no runtime_arg_params fact; the mli type is used' };
  const source = `runtime_arg_params of ${device}${entry.source ? `, ${entry.source}` : ''}`;
  const m = /^(.*?)\s*Cmdliner\.Term\.t\b/.exec(entry.cmdliner_term_type);
  if (m && m[1]) {
    const unverified = /not verified/i.test(entry.cmdliner_term_type);
    return { type: m[1], source, ...(unverified ? { note: `term type ${m[1]} is marked unverified in the data` } : {}) };
  }
  return { type: mli, source: `${source} ("${entry.cmdliner_term_type.slice(0, 60)}…")`, note: `the data gives no term type ("as the mli says"); the mli type ${mli} is used` };
}
