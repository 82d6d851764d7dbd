import type { MirageReference, MirageVersion, RefArg, RefSignature } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- the raw reference JSON is untyped input */

/** Reduces the raw mirage-api.json to the facts the composer needs (pure; deterministic). */
export function reduceReference(raw: any): MirageReference {
  const versions = raw.versions as MirageVersion[];
  const values = (raw.values as any[]).map((v) => {
    const out: Partial<Record<MirageVersion, RefSignature | null>> = {};
    for (const ver of versions) {
      const text: string | null = v.versions?.[ver] ?? null;
      if (text == null) continue;
      const args: RefArg[] = (v.args_by_version?.[ver] ?? v.args ?? []).map((a: any) => ({
        label: a.label ?? null,
        kind: a.kind,
        type: a.type,
      }));
      out[ver] = { args, result: resultOf(text, v.result), text };
    }
    return { name: v.name, section: v.section, subsection: v.subsection ?? null, versions: out };
  });
  const types = (raw.types as any[]).map((t) => ({
    name: t.name,
    params: t.params ?? [],
    declarations: pick(t.declaration_by_version, versions),
    signatures: pick(t.signature_by_version ?? {}, versions),
  }));
  const submodules: MirageReference['submodules'] = {};
  for (const [name, sm] of Object.entries<any>(raw.submodules ?? {})) {
    submodules[name] = (sm.members as any[]).map((m) => ({ name: m.name, versions: pick(m.versions, versions) }));
  }
  const modules = (raw.modules as any[]).map((m) => ({ name: m.name, versions: pick(m.versions, versions) }));
  return {
    versions,
    values,
    types,
    targets: raw.targets,
    targetConstructors: raw.target_constructors,
    submodules,
    modules,
    changes: raw.changes ?? [],
  };
}

function pick(obj: any, versions: MirageVersion[]): Partial<Record<MirageVersion, string | null>> {
  const out: Partial<Record<MirageVersion, string | null>> = {};
  for (const v of versions) if (obj?.[v] != null) out[v] = obj[v];
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
