import { checkRawOcaml } from '../ocaml/balance';
import { usedValueNames } from '../ocaml/scope';
import { OCAML_KEYWORDS } from './ocaml-literals';

/**
 * Turns any text into a lowercase OCaml value name: letters are lowercased, anything outside
 * `[a-z0-9_']` becomes `_`, a leading digit or quote gets a `v_` prefix, keywords get a `_1` suffix.
 * Empty results use `fallback`.
 */
export function sanitizeIdent(raw: string, fallback = 'x'): string {
  if (isValueName(raw) && raw.length <= 60) return raw;
  let s = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_']/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_']+|_+$/g, '');
  if (!s) s = fallback === raw ? 'x' : sanitizeIdent(fallback, 'x');
  if (/^[0-9]/.test(s)) s = `v_${s}`;
  if (s.length > 60) s = s.slice(0, 60);
  if (OCAML_KEYWORDS.has(s)) s = `${s}_1`;
  return s;
}

/** True when `s` is already a valid lowercase OCaml value name that is not a keyword nor `_`. */
export function isValueName(s: string): boolean {
  return /^[a-z_][A-Za-z0-9_']*$/.test(s) && s !== '_' && !OCAML_KEYWORDS.has(s);
}

/** A capitalised OCaml module name from any text (`kv_ro` → `Kv_ro`). */
export function moduleIdent(raw: string, fallback = 'M'): string {
  const s = sanitizeIdent(raw, fallback.toLowerCase());
  const t = s.replace(/^[_']+/, '') || fallback.toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** One binding to name: its wanted name and the Mirage identifiers used after it in the file. */
export interface NameRequest {
  key: string;
  wanted: string;
  fallback: string;
  /** Identifiers (Mirage values) the file uses after this binding is defined. */
  usedAfter: Pick<ReadonlySet<string>, 'has'>;
}

/**
 * Chooses binding names in file order: sanitised, unique, never a keyword and never a Mirage
 * identifier that is still used later in the file (`http` → `http_1`). Returns key → name.
 * Linear: per base name it remembers the suffixes already taken, so 20,000 bindings named `x` are quick.
 */
export function assignNames(requests: readonly NameRequest[], reserved: ReadonlySet<string> = new Set()): Map<string, string> {
  const taken = new Set<string>(reserved);
  const out = new Map<string, string>();
  /** Per base: every `${base}_${k}` with k below this is taken. */
  const next = new Map<string, number>();
  for (const r of requests) {
    const base = sanitizeIdent(r.wanted, r.fallback);
    let name = base;
    if (taken.has(name) || r.usedAfter.has(name)) {
      let k = next.get(base) ?? 1;
      while (taken.has(`${base}_${k}`)) k++;
      next.set(base, k);
      while (taken.has(`${base}_${k}`) || r.usedAfter.has(`${base}_${k}`)) k++;
      name = `${base}_${k}`;
    }
    taken.add(name);
    out.set(r.key, name);
  }
  return out;
}

/**
 * Unqualified lowercase identifiers that OCaml text uses, read with OCaml's lexical rules (so nothing
 * inside strings, comments or character literals counts); on a lexical error, those before it.
 */
export function identifiersIn(code: string): Set<string> {
  const out = usedValueNames(checkRawOcaml(code).tokens);
  for (const k of OCAML_KEYWORDS) out.delete(k);
  return out;
}

/** The OCaml identifier of a runtime argument in unikernel.ml (`Unikernel.<name>`). */
export function unikernelArgName(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
  const base = !s ? 'arg' : /^[0-9]/.test(s) ? `arg_${s}` : s;
  return base === 'start' || OCAML_KEYWORDS.has(base) ? `${base}_arg` : base;
}
