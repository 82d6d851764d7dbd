import { decodeString, readNumber } from './literals';
import { apply, dollar, functorOf } from './apply';
import { materializeMain } from './builtins';
import { lookupName } from './names';
import type { CstNode } from './parser';
import { EvalError, ImportAbort, type ImportState, MAX_DEPTH, loc } from './state';
import { bindLet, paramsOf } from './bindings';
import { type Arg, type CodeRef, type Env, type Val } from './values';
import { diag } from '../diagnostics';

/** Named children that carry meaning (comments dropped). */
export const kids = (n: CstNode): CstNode[] => n.namedChildren.filter((c): c is CstNode => !!c && c.type !== 'comment');

/** Code value for an expression the composer does not model: keeps its text and the devices it mentions. */
export function codeOf(st: ImportState, env: Env, n: CstNode, text = n.text): Val {
  return { k: 'code', refs: refsIn(st, env, n), type: '', node: n, text };
}

/**
 * The bindings OCaml text mentions, as instances: devices directly; code, values and top-level helpers
 * become `ocaml_code` nodes so the text still finds them after export.
 */
export function refsIn(st: ImportState, env: Env, n: CstNode): CodeRef[] {
  const refs: (CodeRef & { at: number })[] = [];
  const stack: CstNode[] = [n];
  while (stack.length) {
    const c = stack.pop()!;
    const punned = c.type === 'labeled_argument' && !c.childForFieldName('expression');
    if ((c.type === 'value_path' && c.namedChildCount === 1) || punned) {
      const name = punned ? (c.namedChildren.find((x) => x?.type === 'label_name')?.text ?? '') : c.text;
      const v = env.get(name);
      const id = v ? refId(st, v, name) : null;
      const port = v?.k === 'impl' ? v.port : undefined;
      if (id) refs.push(Object.assign((port !== undefined ? [name, id, port] : [name, id]) as CodeRef, { at: c.startIndex }));
      continue;
    }
    for (const k of c.namedChildren) if (k) stack.push(k);
  }
  // In the order the text mentions them.
  return refs.sort((a, b) => a.at - b.at).map(([name, id, port]) => (port !== undefined ? [name, id, port] : [name, id]));
}

function refId(st: ImportState, v: Val, name: string): string | null {
  st.used.add(v);
  if (v.k === 'impl') return v.id;
  if (v.k === 'fn' && v.fn.kind === 'closure') {
    if (!v.fn.top) throw new EvalError('MC022', `The local helper \`${name}\` is used inside OCaml the composer keeps as written; define it at top level.`, v.node);
    return st.keepDefinition(v.fn.top, name, []);
  }
  if (v.k === 'fn' && v.fn.kind === 'main') return materializeMain(st, Number(v.fn.id), [], v.node);
  if (v.k === 'rtarg' || v.text === name) return null;
  return st.implOfCode(v.k === 'code' ? v : { k: 'code', refs: [], type: '', node: v.node, text: v.text }, name);
}

/** Evaluates one expression of the config.ml subset (depth-bounded, never recursing without limit). */
export function evalExpr(st: ImportState, env: Env, n: CstNode): Val {
  st.step(n);
  if (++st.depth > MAX_DEPTH) {
    st.depth = 0;
    throw new ImportAbort(diag('MC022', 'error', `Expression nested too deeply (more than ${MAX_DEPTH} levels).`, loc(n)));
  }
  try {
    return evalInner(st, env, n);
  } finally {
    st.depth--;
  }
}

function evalInner(st: ImportState, env: Env, n: CstNode): Val {
  const text = n.text;
  switch (n.type) {
    case 'parenthesized_expression':
    case 'typed_expression': {
      const inner = n.childForFieldName('expression') ?? kids(n)[0];
      if (!inner) return { k: 'unit', node: n, text: '()' };
      return evalExpr(st, env, inner);
    }
    case 'unit':
      return { k: 'unit', node: n, text };
    case 'number': {
      const num = readNumber(text);
      return num ? { ...num, node: n, text } : codeOf(st, env, n);
    }
    case 'sign_expression': {
      const e = n.childForFieldName('expression');
      const num = e?.type === 'number' && n.childForFieldName('operator')?.text === '-' ? readNumber(`-${e.text}`) : null;
      return num ? { ...num, node: n, text } : codeOf(st, env, n);
    }
    case 'string': {
      const v = decodeString(text.slice(1, -1));
      if (v === null) throw new EvalError('MC022', 'Invalid escape sequence in string.', n);
      st.grow(0, v.length, n);
      return { k: 'str', v, node: n, text };
    }
    case 'quoted_string': {
      const c = n.namedChildren.find((x) => x?.type === 'quoted_string_content');
      st.grow(0, c?.text.length ?? 0, n);
      return { k: 'str', v: c?.text ?? '', node: n, text };
    }
    case 'boolean':
      return { k: 'bool', v: text === 'true', node: n, text };
    case 'tag':
      return { k: 'variant', tag: text, arg: null, node: n, text };
    case 'constructor_path':
      if (text === 'None') return { k: 'option', v: null, node: n, text };
      if (text === 'Some') return { k: 'fn', fn: { kind: 'builtin', id: 'some', arity: 1 }, args: [], node: n, text };
      return { k: 'variant', tag: text, arg: null, node: n, text };
    case 'list_expression':
    case 'tuple_expression': {
      const items = kids(n).map((c) => evalExpr(st, env, c));
      st.grow(items.length, 0, n);
      return { k: n.type === 'list_expression' ? 'list' : 'tuple', items, node: n, text };
    }
    case 'value_path': {
      // Point messages at the use, not at the definition (code values keep their own node: it is their text).
      const v = lookupName(st, env, n);
      return v.k === 'code' || v.node === n ? v : { ...v, node: n };
    }
    case 'let_open_expression':
    case 'local_open_expression': {
      const open = kids(n)[0];
      const mod = (open?.type === 'open_module' ? open.childForFieldName('module')?.text : open?.text) ?? '';
      const inner = n.childForFieldName(n.type === 'let_open_expression' ? 'body' : 'expression') ?? kids(n)[1];
      if (!inner) return codeOf(st, env, n);
      if (mod === 'Mirage') return evalExpr(st, env.open('Mirage'), inner);
      let v: Val;
      try {
        v = evalExpr(st, env.open(mod), inner);
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        return codeOf(st, env, n);
      }
      return v.k === 'code' ? { ...v, node: n, text } : v;
    }
    case 'let_expression': {
      let scope = env;
      for (const def of kids(n)) {
        if (def.type !== 'value_definition') continue;
        if (def.children.some((c) => c?.type === 'rec')) return codeOf(st, env, n);
        scope = bindLet(st, scope, def, false);
      }
      const body = n.childForFieldName('body');
      return body ? evalExpr(st, scope, body) : codeOf(st, env, n);
    }
    case 'fun_expression': {
      const body = n.childForFieldName('body');
      const params = paramsOf(n);
      if (!body || !params) return codeOf(st, env, n);
      return { k: 'fn', fn: { kind: 'closure', params, body, env, name: 'fun' }, args: [], node: n, text };
    }
    case 'application_expression':
      return evalApplication(st, env, n);
    case 'infix_expression':
      return evalInfix(st, env, n);
    default:
      return codeOf(st, env, n);
  }
}

function evalApplication(st: ImportState, env: Env, n: CstNode): Val {
  const fnNode = n.childForFieldName('function');
  if (!fnNode) return codeOf(st, env, n);
  const args: Arg[] = [];
  for (const a of n.childrenForFieldName('argument')) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'labeled_argument') {
      const label = a.namedChildren.find((c) => c?.type === 'label_name')?.text ?? '';
      const optional = a.child(0)?.type === '?';
      const e = a.childForFieldName('expression');
      const value = e ? evalExpr(st, env, e) : lookupName(st, env, a, label);
      args.push({ label, optional, value, node: a });
    } else args.push({ label: null, optional: false, value: evalExpr(st, env, a), node: a });
  }
  if (fnNode.type === 'tag' && args.length === 1 && args[0]!.label === null) {
    return { k: 'variant', tag: fnNode.text, arg: args[0]!.value, node: n, text: n.text };
  }
  const f = evalExpr(st, env, fnNode);
  markFnEnd(st, fnNode, f);
  return apply(st, env, f, args, n);
}

/** Where a new labelled argument can be written: after a device or built-in named directly (no earlier arguments). */
function markFnEnd(st: ImportState, fnNode: CstNode, f: Val): void {
  st.fnEnd = fnNode.type === 'value_path' && f.k === 'fn' && f.args.length === 0 && f.fn.kind !== 'closure' && st.inPlace(fnNode) ? fnNode.endIndex : undefined;
}

function evalInfix(st: ImportState, env: Env, n: CstNode): Val {
  const op = n.childForFieldName('operator')?.text ?? '';
  const l = n.childForFieldName('left');
  const r = n.childForFieldName('right');
  if (!l || !r) return codeOf(st, env, n);
  const arg = (node: CstNode, value: Val): Arg => ({ label: null, optional: false, value, node });
  switch (op) {
    case '@@': {
      const f = evalExpr(st, env, l);
      const x = evalExpr(st, env, r);
      markFnEnd(st, l, f);
      return apply(st, env, f, [arg(r, x)], n);
    }
    case '|>': {
      const f = evalExpr(st, env, r);
      const x = evalExpr(st, env, l);
      markFnEnd(st, r, f);
      return apply(st, env, f, [arg(l, x)], n);
    }
    case '$':
      return dollar(st, env, evalExpr(st, env, l), evalExpr(st, env, r), n);
    case '@->':
      return functorOf(st, env, evalExpr(st, env, l), evalExpr(st, env, r), n);
    case '@': {
      const a = evalExpr(st, env, l);
      const b = evalExpr(st, env, r);
      if (a.k !== 'list' || b.k !== 'list') return codeOf(st, env, n);
      st.grow(a.items.length + b.items.length, 0, n);
      return { k: 'list', items: a.items.concat(b.items), node: n, text: n.text };
    }
    case '^': {
      const a = evalExpr(st, env, l);
      const b = evalExpr(st, env, r);
      if (a.k !== 'str' || b.k !== 'str') return codeOf(st, env, n);
      st.grow(0, a.v.length + b.v.length, n);
      return { k: 'str', v: a.v + b.v, node: n, text: n.text };
    }
    default:
      return codeOf(st, env, n);
  }
}
