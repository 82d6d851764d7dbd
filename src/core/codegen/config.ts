import { type DesignShot, designShot, memoPerDesign, movedOnly } from '../design/memo';
import type { Design } from '../design/schema';
import type { Diagnostic } from '../diagnostics';
import { Regenerate, printPreserved } from '../preserve/print';
import { bindingText, registerText } from './binding-text';
import { buildIr } from './ir';
import type { IrProgram } from './ir-types';
import { withAnnotations } from './notes';
import { commentSafe } from './ocaml-literals';
import { prepareDesign } from './prepare';

/** Printed config.ml with the 1-based line span of each instance's binding, keyed by instance id. */
export interface PrintedConfig {
  text: string;
  spans: Record<string, { start: number; end: number }>;
  /** The name each device is bound to in the text, when it has a binding (positions in the sidecar are keyed by it). */
  names: Map<string, string>;
  /** What changed beyond the edited bindings (a header range, a name that could not change, a file written anew). */
  notes: Diagnostic[];
}

/** The number of lines of a text (newlines + 1). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Prints the IR as config.ml text, with spans. */
export function printProgram(ir: IrProgram): Pick<PrintedConfig, 'text' | 'spans'> {
  const chunks: { id: string | null; text: string; compact?: boolean; groupStart?: boolean }[] = [];
  chunks.push({ id: null, text: `(* mirage >= ${ir.range.min} & < ${ir.range.max} *)\n\nopen Mirage` });
  for (const n of ir.notes) chunks.push({ id: null, text: `(* Note: ${commentSafe(n)} *)` });
  for (const b of ir.bindings) chunks.push({ id: b.instId, text: bindingText(b), compact: !b.note, groupStart: b.groupStart === true });
  for (const r of ir.registers) chunks.push({ id: r.instId, text: registerText(r) });
  if (!ir.registers.length) chunks.push({ id: null, text: '(* Nothing is registered yet: add a register node and wire your jobs into it. *)' });
  const spans = Object.create(null) as PrintedConfig['spans'];
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
 * The config.ml of a design (never throws). A design read from a config.ml (`source`) is printed into that
 * text, so only what the graph changed changes; otherwise (or when that is impossible, said in `notes`) it is
 * generated: version header, `open Mirage`, bindings, register. Canvas notes and groups are comments above
 * the bindings they belong to. Composer data (positions…) is not in it: see `metadata.ts`. Results are shared:
 * callers must not change them.
 */
export function printConfigMl(input: Design): PrintedConfig {
  return printed(prepareDesign(input));
}

// Memoised per design object (the code panel, the export and the checks ask for the same one). Positions are
// not in config.ml, so a design whose devices only moved gets the text printed last time.
const printed = memoPerDesign((design): PrintedConfig => {
  if (last && movedOnly(last.shot, design)) {
    const out = last.out;
    last = { shot: designShot(design), out };
    return out;
  }
  const out = printFresh(design);
  last = { shot: designShot(design), out };
  return out;
});

let last: { shot: DesignShot; out: PrintedConfig } | null = null;

function printFresh(design: Design): PrintedConfig {
  const notes: Diagnostic[] = [];
  if (design.source) {
    try {
      const r = printPreserved(design, design.source);
      return withAnnotations({ text: r.text, spans: r.spans, names: r.names, notes: r.notes }, design);
    } catch (e) {
      // Whatever stops the printer (a source map that does not fit, a name it cannot place, a bug), the
      // file is still written, anew, and the design says so.
      const why = e instanceof Regenerate ? e.message : `the printer failed (${e instanceof Error ? e.message : String(e)})`;
      notes.push({ code: 'MC031', severity: 'warning', message: `config.ml is written anew (its comments and layout are not kept): ${why}.`, line: 1, column: 1 });
    }
  }
  const ir = buildIr(design);
  const printed = printProgram(ir);
  const names = new Map<string, string>();
  for (const b of ir.bindings) if (b.instId !== null) names.set(b.instId, b.name);
  ir.registers.forEach((r, i) => names.set(r.instId, i === 0 ? 'register' : `register_${i + 1}`));
  return withAnnotations({ text: printed.text, spans: printed.spans, names, notes }, design);
}
