import { type Runs, toRuns } from './runs';
import type { FunctorParam, RefArg, RefSignature } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- the raw reference JSON is untyped input */

/** The vendored form of mirage-api.json: every per-release fact as runs of equal consecutive releases. */
export interface VendoredApi {
  versions: string[];
  values: { name: string; section: string; subsection: string | null; sigs: Runs<RefSignature>; dep?: Runs<true> }[];
  types: { name: string; params: string[]; decl: Runs<string>; sig: Runs<string>; fp: Runs<FunctorParam> }[];
  targets: Runs<string[]>;
  targetConstructors: Runs<Record<string, string>>;
  submodules: Record<string, { name: string; v: Runs<string> }[]>;
  modules: { name: string; v: Runs<string> }[];
  changes: string[];
  changesDetailed: string[];
}

/** Reduces the raw mirage-api.json to the facts the composer needs, run-length encoded (pure; deterministic). */
export function reduceReference(raw: any): VendoredApi {
  const versions = raw.versions as string[];
  const runs = <T>(per: Record<string, T | null> | undefined) => toRuns<T>(per ?? {}, versions);
  const values = (raw.values as any[]).map((v) => {
    const per: Record<string, RefSignature> = {};
    for (const ver of versions) {
      const text: string | null = v.versions?.[ver] ?? null;
      if (text == null) continue;
      const args: RefArg[] = (v.args_by_version?.[ver] ?? v.args ?? []).map((a: any) => ({
        label: a.label ?? null,
        kind: a.kind,
        type: a.type,
      }));
      per[ver] = { args, result: resultOf(text, v.result), text };
    }
    const dep = runs<true>(Object.fromEntries(((v.deprecated_in ?? []) as string[]).map((ver) => [ver, true])));
    return { name: v.name, section: v.section, subsection: v.subsection ?? null, sigs: runs(per), ...(dep.length ? { dep } : {}) };
  });
  const types = (raw.types as any[]).map((t) => ({
    name: t.name,
    params: t.params ?? [],
    decl: runs<string>(t.declaration_by_version),
    sig: runs<string>(t.signature_by_version),
    fp: runs<FunctorParam>(mapValues(t.functor_param, (f: any) => (f ? { kind: f.kind, path: f.path ?? null, library: f.library ?? null, note: f.note ?? null } : null))),
  }));
  const members = (list: any[]) => list.map((m) => ({ name: m.name, v: runs<string>(m.versions) }));
  const submodules: VendoredApi['submodules'] = {};
  for (const [name, sm] of Object.entries<any>(raw.submodules ?? {})) submodules[name] = members(sm.members);
  return {
    versions,
    values,
    types,
    targets: runs(raw.targets),
    targetConstructors: runs(raw.target_constructors),
    submodules,
    modules: members(raw.modules ?? []),
    changes: raw.changes ?? [],
    changesDetailed: raw.changes_detailed ?? [],
  };
}

function mapValues<T>(obj: Record<string, any> | undefined, f: (x: any) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(obj ?? {})) out[k] = f(x);
  return out;
}

/** The result type: what follows the last top-level `->` of the signature. */
function resultOf(sig: string, fallback: string): string {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < sig.length - 1; i++) {
    const c = sig[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === '-' && sig[i + 1] === '>') last = i;
  }
  return last < 0 ? sig.trim() : sig.slice(last + 2).trim() || fallback;
}
