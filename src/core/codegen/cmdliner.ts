import type { RuntimeArg } from '../design/schema';
import { unikernelArgName } from './names';
import { commentSafe, isBalancedOcaml, ocamlString } from './ocaml-literals';

const BASE = new Set(['int', 'string', 'bool', 'float', 'int32', 'int64', 'char', 'file', 'dir']);

/** The Cmdliner converter for an OCaml type (`int`, `(some string)`, `(list int)`, `(pair string int)`); null if unknown. */
export function converterOf(type: string): string | null {
  let t = type.trim().replace(/\s+/g, ' ');
  while (t.startsWith('(') && t.endsWith(')') && isBalancedOcaml(t.slice(1, -1))) t = t.slice(1, -1).trim();
  if (BASE.has(t)) return t;
  const star = splitTop(t, '*');
  if (star.length === 2) {
    const a = converterOf(star[0]!);
    const b = converterOf(star[1]!);
    return a && b ? `(pair ${a} ${b})` : null;
  }
  const m = /^(.*) (option|list|array)$/.exec(t);
  if (m) {
    const inner = converterOf(m[1]!);
    return inner ? `(${m[2] === 'option' ? 'some' : m[2]} ${inner})` : null;
  }
  return null;
}

function splitTop(t: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of t) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The command-line flag of a runtime argument (`program_block_size` → `program-block-size`). */
export function flagName(name: string): string {
  return unikernelArgName(name).replace(/_/g, '-');
}

/** A default value as OCaml: simple literals as written, other balanced OCaml in parentheses; null if unusable. */
export function defaultText(text: string | undefined): string | null {
  if (text === undefined) return null;
  const t = text.trim();
  if (!t || !isBalancedOcaml(t)) return null;
  if (/^(-?\d[\d_]*(\.\d*)?[lLn]?|true|false|None|\[\]|"(?:[^"\\]|\\.)*")$/.test(t)) return t.startsWith('-') ? `(${t})` : t;
  return `(${t})`;
}

/**
 * The Cmdliner definition of a runtime argument for unikernel.ml:
 * `let port = let doc = Arg.info ~doc:"…" [ "port" ] in Arg.(value & opt int 8080 doc)`.
 */
export function cmdlinerDefinition(ra: RuntimeArg): string {
  const name = unikernelArgName(ra.name);
  const conv = converterOf(ra.type);
  const isOption = /\boption\s*\)*\s*$/.test(ra.type.trim());
  const def = defaultText(ra.default);
  const info = `Arg.info${ra.doc ? ` ~doc:${ocamlString(ra.doc)}` : ''} [ ${ocamlString(flagName(ra.name))} ]`;
  const lines = [`let ${name} =`, `  let doc = ${info} in`];
  if (!conv) {
    lines.unshift(`(* TODO: write a Cmdliner converter for the type ${commentSafe(ra.type)}; a string is read for now. *)`);
    lines.push(`  Arg.(required & opt (some string) None doc)`);
  } else if (def !== null) {
    lines.push(`  Arg.(value & opt ${conv} ${def} doc)`);
  } else if (isOption) {
    lines.push(`  Arg.(value & opt ${conv} None doc)`);
  } else {
    lines.push(`  Arg.(required & opt (some ${conv}) None doc)`);
  }
  return lines.join('\n');
}
