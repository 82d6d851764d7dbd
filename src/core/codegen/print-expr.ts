import type { IrArg, IrExpr } from './ir-types';
import { ocamlString } from './ocaml-literals';

/** True when the expression prints as one token or is already bracketed. */
function isAtomic(e: IrExpr): boolean {
  switch (e.k) {
    case 'var':
    case 'mirage':
    case 'str':
    case 'list':
    case 'tuple':
    case 'unit':
    case 'raw':
    case 'missing':
      return true;
    case 'lit':
      return !/\s/.test(e.text) || e.text.startsWith('(');
    case 'app':
      return e.args.length === 0 && isAtomic(e.fn);
    default:
      return false;
  }
}

/** An expression in argument position (parenthesised unless atomic). */
export function printAtom(e: IrExpr): string {
  const s = printExpr(e);
  return isAtomic(e) ? s : `(${s})`;
}

/** An argument as written at the call site (`~label:v`, `~label` when punned, or the value). */
export function printArg(a: IrArg): string {
  if (a.kind === 'positional' || !a.label) return printAtom(a.value);
  if (a.value.k === 'var' && a.value.name === a.label) return `~${a.label}`;
  return `~${a.label}:${printAtom(a.value)}`;
}

/** Longest list literal printed as one: ocamlc's type checker overflows its stack on ~20,000 elements. */
export const LIST_CHUNK = 1000;

/**
 * An OCaml list of already printed items (`[ a; b ]`, `[]`); longer than `LIST_CHUNK`, it becomes
 * `(Stdlib.List.concat [ [ …1000 items… ]; [ … ] ])` so any length compiles.
 */
export function listText(items: readonly string[], sep: string): string {
  if (!items.length) return '[]';
  if (items.length <= LIST_CHUNK) return `[ ${items.join(sep)} ]`;
  const chunks: string[] = [];
  for (let i = 0; i < items.length; i += LIST_CHUNK) chunks.push(`[ ${items.slice(i, i + LIST_CHUNK).join(sep)} ]`);
  return `(Stdlib.List.concat [ ${chunks.join(sep)} ])`;
}

/** Prints an IR expression as OCaml on one line (raw code keeps its own line breaks). */
export function printExpr(e: IrExpr): string {
  switch (e.k) {
    case 'var':
    case 'mirage':
      return e.name;
    case 'ref':
    case 'rtref':
      return printExpr({ k: 'missing', why: 'unresolved reference' });
    case 'app':
      return [printAtom(e.fn), ...e.args.map(printArg)].join(' ');
    case 'dollar':
      return [printAtom(e.fn), ...e.args.map(printAtom)].join(' $ ');
    case 'str':
      return ocamlString(e.v);
    case 'lit':
      return e.text;
    case 'ctor':
      return `${e.name} ${printAtom(e.arg)}`;
    case 'list':
      return listText(e.items.map(printExpr), '; ');
    case 'tuple':
      return `(${e.items.map(printExpr).join(', ')})`;
    case 'unit':
      return '()';
    case 'raw':
      // `(` before a leading `*` would open a comment; `*` before `)` reads as a stray comment end (warning 2).
      return `(${e.code.startsWith('*') ? ' ' : ''}${e.code}${e.code.endsWith('*') ? ' ' : ''})`;
    case 'arrow':
      return e.items.map(printAtom).join(' @-> ');
    case 'letin':
      return `let ${e.name} = ${printExpr(e.value)} in\n${printExpr(e.body)}`;
    case 'missing':
      return `(Stdlib.failwith ${ocamlString(`mirage-composer: ${e.why}`)})`;
  }
}
