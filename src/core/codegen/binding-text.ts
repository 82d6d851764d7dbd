import { lexOcaml } from '../ocaml/lexer';
import type { IrBinding, IrExpr, IrRegister } from './ir-types';
import { commentSafe, ocamlString } from './ocaml-literals';
import { LIST_CHUNK, listText, printArg, printAtom, printExpr } from './print-expr';

/* How generated config.ml prints a binding and the register call (also used for bindings added to a kept file). */

const WIDTH = 90;

/**
 * Indents every line of OCaml text by `by`, except lines that begin inside a string, character literal or
 * comment (indenting those would change a string's value or a literal's meaning).
 */
function indent(text: string, by: string): string {
  const inside = new Set<number>();
  for (const t of lexOcaml(text).tokens) {
    if (t.kind !== 'string' && t.kind !== 'char' && t.kind !== 'comment') continue;
    for (let k = text.indexOf('\n', t.start); k >= 0 && k < t.end - 1; k = text.indexOf('\n', k + 1)) inside.add(k + 1);
  }
  let offset = 0;
  return text
    .split('\n')
    .map((l) => {
      const at = offset;
      offset += l.length + 1;
      return l && !inside.has(at) ? by + l : l;
    })
    .join('\n');
}

/** Words joined by spaces, wrapped at WIDTH with continuation lines indented by `cont`. */
function fill(words: readonly string[], first: number, cont: string): string {
  const lines: string[] = [];
  let cur = '';
  let width = WIDTH - first;
  for (const [i, w] of words.entries()) {
    if (cur && i > 1 && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = cont + w;
      width = WIDTH;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join('\n');
}

/** A binding body, wrapping a long constructor application argument by argument. */
function bodyText(e: IrExpr): string {
  if (e.k === 'raw') return e.code;
  const one = printExpr(e);
  if (e.k !== 'app' || one.length <= WIDTH - 2 || one.includes('\n')) return one;
  return fill([printAtom(e.fn), ...e.args.map(printArg)], 2, '  ');
}

/** One top-level binding as generated config.ml prints it (a note comment, the head, the body wrapped at 90 columns). */
export function bindingText(b: IrBinding): string {
  const note = b.note ? `(* ${commentSafe(b.note)} *)\n` : '';
  if (b.verbatim !== undefined) {
    if (!b.definedName || b.definedName === b.name) return `${note}${b.verbatim}`;
    // Renamed: rename the definition itself (its head), or alias it when it is recursive.
    const head = new RegExp(`^let(\\s+)${b.definedName.replace(/'/g, "\\'")}(?![A-Za-z0-9_'])`);
    if (!/^let\s+rec\b/.test(b.verbatim) && head.test(b.verbatim)) return `${note}${b.verbatim.replace(head, `let$1${b.name}`)}`;
    return `${note}${b.verbatim}\nlet ${b.name} = ${b.definedName}`;
  }
  const head = b.extra?.length ? `let ${[b.name, ...b.extra.map((x) => x.name)].join(', ')} =` : `let ${b.name}${b.annotation ? ` : ${b.annotation}` : ''} =`;
  const body = b.expr ? bodyText(b.expr) : '()';
  const oneLine = `${head} ${body}`;
  if (!body.includes('\n') && oneLine.length <= WIDTH) return note + oneLine;
  return `${note}${head}\n${indent(body, '  ')}`;
}

/** The `let () = register …` item as generated config.ml prints it. */
export function registerText(r: IrRegister): string {
  const parts = [ocamlString(r.name), ...r.args.map(printArg)];
  const jobs = listText(r.jobs.map(printExpr), '; ');
  const oneLine = `let () = register ${parts.join(' ')} ${jobs}`;
  if (oneLine.length <= WIDTH && !oneLine.includes('\n')) return oneLine;
  const jobLines = r.jobs.length > LIST_CHUNK ? listText(r.jobs.map(printExpr), '\n    ; ') : r.jobs.length && jobs.length > WIDTH - 4 ? `[ ${r.jobs.map(printExpr).join('\n    ; ')}\n    ]` : jobs;
  return `let () =\n  ${fill(['register', ...parts], 2, '    ')}\n    ${jobLines}`;
}

