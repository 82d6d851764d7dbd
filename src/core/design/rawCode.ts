import { parseArgType, literalProblem } from '../ocaml/types';
import type { Design } from './schema';

/** A piece of OCaml a design carries that export prints as written. */
export interface RawCodeItem {
  /** Instance id, or null for a runtime-argument default. */
  instance: string | null;
  /** Where it is, in words (`` `pick`: its cond ``, `` runtime argument `port`: its default ``). */
  where: string;
  code: string;
  /** When it runs: `configure` (config.ml, run by `mirage configure`) or `unikernel` (unikernel.ml, run when it boots). */
  runs: 'configure' | 'unikernel';
}

/**
 * Every piece of OCaml in a design that export writes as is: `ocaml_code` nodes, `{ ocaml }` parameter
 * values (config.ml, executed by `mirage configure`) and runtime-argument defaults that are not plain
 * literals of their type (unikernel.ml). What a design from a link or a file carries, the user reads
 * before anything exports it (pure).
 */
export function rawOcamlOf(design: Design): RawCodeItem[] {
  const out: RawCodeItem[] = [];
  for (const d of design.devices) {
    const who = `\`${d.name || d.device}\``;
    if (d.device === 'ocaml_code' && typeof d.params.code === 'string' && d.params.code.trim()) {
      out.push({ instance: d.id, where: `${who}: its OCaml code`, code: d.params.code, runs: 'configure' });
    }
    for (const [param, v] of Object.entries(d.params)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && 'ocaml' in v && v.ocaml.trim()) {
        out.push({ instance: d.id, where: `${who}: its ${param}`, code: v.ocaml, runs: 'configure' });
      }
    }
  }
  for (const a of design.runtimeArgs) {
    if (a.default === undefined) continue;
    const t = parseArgType(a.type);
    if (!t.ok || literalProblem(t.type, a.default) !== null) {
      out.push({ instance: null, where: `runtime argument \`${a.name}\`: its default`, code: a.default, runs: 'unikernel' });
    }
  }
  return out;
}
