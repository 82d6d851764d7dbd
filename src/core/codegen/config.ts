import { type DesignShot, designShot, memoPerDesign, movedOnly } from '../design/memo';
import type { Design } from '../design/schema';
import { buildIr } from './ir';
import type { IrBinding, IrExpr, IrProgram, IrRegister } from './ir-types';
import { writeMetadata } from './metadata';
import { lexOcaml } from '../ocaml/lexer';
import { withAnnotations } from './notes';
import { commentSafe, ocamlString } from './ocaml-literals';
import { prepareDesign } from './prepare';
import { LIST_CHUNK, listText, printArg, printAtom, printExpr } from './print-expr';

/** Printed config.ml with the 1-based line span of each instance's binding, keyed by instance id. */
export interface PrintedConfig {
  text: string;
  spans: Record<string, { start: number; end: number }>;
}

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

function bindingText(b: IrBinding): string {
  const note = b.note ? `(* ${commentSafe(b.note)} *)\n` : '';
  if (b.verbatim !== undefined) {
    if (!b.definedName || b.definedName === b.name) return `${note}${b.verbatim}`;
    // Renamed: rename the definition itself (its head), or alias it when it is recursive.
    const head = new RegExp(`^let(\\s+)${b.definedName.replace(/'/g, "\\'")}(?![A-Za-z0-9_'])`);
    if (!/^let\s+rec\b/.test(b.verbatim) && head.test(b.verbatim)) return `${note}${b.verbatim.replace(head, `let$1${b.name}`)}`;
    return `${note}${b.verbatim}\nlet ${b.name} = ${b.definedName}`;
  }
  const head = `let ${b.name}${b.annotation ? ` : ${b.annotation}` : ''} =`;
  const body = b.expr ? bodyText(b.expr) : '()';
  const oneLine = `${head} ${body}`;
  if (!body.includes('\n') && oneLine.length <= WIDTH) return note + oneLine;
  return `${note}${head}\n${indent(body, '  ')}`;
}

function registerText(r: IrRegister): string {
  const parts = [ocamlString(r.name), ...r.args.map(printArg)];
  const jobs = listText(r.jobs.map(printExpr), '; ');
  const oneLine = `let () = register ${parts.join(' ')} ${jobs}`;
  if (oneLine.length <= WIDTH && !oneLine.includes('\n')) return oneLine;
  const jobLines = r.jobs.length > LIST_CHUNK ? listText(r.jobs.map(printExpr), '\n    ; ') : r.jobs.length && jobs.length > WIDTH - 4 ? `[ ${r.jobs.map(printExpr).join('\n    ; ')}\n    ]` : jobs;
  return `let () =\n  ${fill(['register', ...parts], 2, '    ')}\n    ${jobLines}`;
}

/** The number of lines of a text (newlines + 1). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Prints the IR as config.ml text (without the metadata line), with spans. */
export function printProgram(ir: IrProgram): PrintedConfig {
  const chunks: { id: string | null; text: string; compact?: boolean; groupStart?: boolean }[] = [];
  chunks.push({ id: null, text: `(* mirage >= ${ir.range.min} & < ${ir.range.max} *)\n\nopen Mirage` });
  for (const n of ir.notes) chunks.push({ id: null, text: `(* Note: ${commentSafe(n)} *)` });
  for (const b of ir.bindings) chunks.push({ id: b.instId, text: bindingText(b), compact: !b.note, groupStart: b.groupStart === true });
  for (const r of ir.registers) chunks.push({ id: r.instId, text: registerText(r) });
  if (!ir.registers.length) chunks.push({ id: null, text: '(* Nothing is registered yet: add a register node and wire your jobs into it. *)' });
  const spans: PrintedConfig['spans'] = Object.create(null) as PrintedConfig['spans'];
  let line = 1;
  let text = '';
  let prevMulti = true;
  for (const c of chunks) {
    const n = lineCount(c.text);
    if (text) {
      const blank = prevMulti || n > 1 || !c.compact || c.groupStart === true;
      text += blank ? '\n\n' : '\n';
      line += blank ? 2 : 1;
    }
    if (c.id !== null) spans[c.id] = { start: line, end: line + n - 1 };
    text += c.text;
    line += n - 1;
    prevMulti = n > 1 || !c.compact;
  }
  return { text: `${text}\n`, spans };
}

/**
 * The config.ml of a design: version header, `open Mirage`, bindings, register, metadata comment (never throws).
 * Memoised per design object (the editor's code panel and the export ask for the same one); the result is frozen.
 */
export function printConfigMl(input: Design): PrintedConfig {
  return printed(prepareDesign(input));
}

const printed = memoPerDesign((design): PrintedConfig => {
  // Moved devices change only the metadata line (positions): the bindings printed last time carry over.
  const body = last && movedOnly(last.shot, design) ? last.body : undefined;
  const ir = body?.ir ?? buildIr(design);
  const out = body?.out ?? withAnnotations(printProgram(ir), design, ir);
  last = { shot: designShot(design), body: { ir, out } };
  return Object.freeze({ text: `${out.text}\n${writeMetadata(design, ir)}\n`, spans: Object.freeze(out.spans) });
});

let last: { shot: DesignShot; body: { ir: IrProgram; out: PrintedConfig } } | null = null;
