import { bindLet } from './bindings';
import { evalExpr, kids, refsIn } from './eval';
import type { CstNode } from './parser';
import { EvalError, ImportAbort, type ImportState, MAX_DEVICES, loc } from './state';
import { diag } from '../diagnostics';
import { bindsOf, topLevelItems } from './source-items';
import { type CodeRef, Env } from './values';

/** Names a top-level item binds (`let a = … and b = …`, `let a, b = …`), in order. */
function boundNames(item: CstNode): string[] {
  const out: string[] = [];
  for (const b of kids(item)) {
    if (b.type !== 'let_binding') continue;
    const pat = b.childForFieldName('pattern');
    const stack = pat ? [pat] : [];
    while (stack.length) {
      const n = stack.shift()!;
      if (n.type === 'value_name' || n.type === 'value_pattern') out.push(n.text);
      else stack.unshift(...kids(n));
    }
  }
  return out;
}

/** Keeps a whole top-level item as an `ocaml_code` node (and lists it in `kept`). */
function keep(st: ImportState, item: CstNode, env: Env, reason: string): Env {
  const [name = null, ...others] = boundNames(item);
  let refs: CodeRef[] = [];
  try {
    refs = refsIn(st, env, item).filter(([n]) => n !== name);
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
  }
  const id = st.keepDefinition(item, name, refs, reason);
  if (!name) return env;
  let scope = env.with(name, { k: 'impl', id, node: item, text: name });
  // `let a, b = …`: every other name becomes a node reading it, after the kept definition.
  for (const other of others) {
    const alias = st.codeInstance({ k: 'code', refs: [[name, id]], type: '', node: item, text: other }, other, `bound by the definition of \`${name}\``);
    // Its text is the definition's: it has no expression of its own to edit, only its name in the pattern.
    const inst = st.get(alias)!;
    inst.span = null;
    const at = bindsOf(item).find(([n]) => n === other)?.[1];
    if (at) inst.bindSpan = at;
    scope = scope.with(other, { k: 'impl', id: alias, node: item, text: other });
  }
  return scope;
}

/**
 * Top-level bindings that are neither devices nor runtime args (constants, helpers): used ones were inlined
 * (said as info); unused ones are kept as code so export writes them back.
 */
function settleValues(st: ImportState, tops: { name: string; item: CstNode; env: Env }[]): void {
  // An item is kept once, whatever number of its names no device uses (`let a = 1 and b = 2 and …`).
  const kept = new Set<CstNode['id']>();
  for (const { name, item, env } of tops) {
    const v = env.get(name);
    if (!v || v.k === 'impl' || v.k === 'rtarg' || (v.k === 'fn' && v.fn.kind === 'main')) continue;
    if (st.used.has(v)) {
      const what = v.k === 'fn' ? 'helper' : 'value';
      st.report('MC021', 'info', `The ${what} \`${name}\` is inlined where it is used.`, item);
    } else if (!kept.has(item.id)) {
      kept.add(item.id);
      keep(st, item, env, 'a value no device uses');
    }
  }
}

/** Evaluates every top-level item in order; what cannot be read is kept as code with a diagnostic. */
export function evalTopLevel(st: ImportState, root: CstNode): void {
  let env = Env.empty();
  const tops: { name: string; item: CstNode; env: Env }[] = [];
  const items = topLevelItems(root);
  // Each definition is at least a value of the design: more of them than a design holds devices is refused
  // before anything is evaluated (a real config.ml has a few dozen).
  if (items.length > MAX_DEVICES) {
    throw new ImportAbort(diag('MC022', 'error', `config.ml has more than ${MAX_DEVICES.toLocaleString('en')} top-level items (definitions, opens…); a design holds at most ${MAX_DEVICES.toLocaleString('en')} devices.`, loc(items[MAX_DEVICES]!)));
  }
  items.forEach((n, i) => st.itemIndex.set(n.startIndex, i));
  let index = -1;
  for (const item of root.namedChildren) {
    if (!item || item.type === 'comment') continue;
    st.item = ++index;
    st.itemStart = item.startIndex;
    st.itemEnd = item.endIndex;
    if (item.type === 'open_module') {
      if (item.childForFieldName('module')?.text === 'Mirage') continue;
      env = keep(st, item, env, 'open of a module other than Mirage');
      continue;
    }
    if (item.type !== 'value_definition' && item.type !== 'expression_item') {
      env = keep(st, item, env, `${item.type.replace(/_/g, ' ')} is not part of the device graph`);
      continue;
    }
    const mark = st.instances.length;
    const wires = st.wires.length;
    const diags = st.diagnostics.length;
    const savedName = st.name;
    const savedRegisters = st.registers;
    try {
      if (item.type === 'expression_item') {
        const e = kids(item)[0];
        if (e) evalExpr(st, env, e);
      } else {
        if (item.children.some((c) => c?.type === 'rec')) {
          env = keep(st, item, env, 'recursive definition');
          continue;
        }
        env = bindLet(st, env, item, true);
        for (const name of boundNames(item)) tops.push({ name, item, env });
      }
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      // Roll back what the failed item made, then keep it as written.
      st.rollback(mark, wires);
      st.diagnostics.length = diags;
      st.name = savedName;
      st.registers = savedRegisters;
      // MC021 = not modelled (kept, listed as info); anything else is a mistake in the file.
      if (e.code !== 'MC021') st.report(e.code, 'error', e.message, e.node, e.hint);
      env = keep(st, item, env, e.message);
    }
  }
  st.item = -1;
  settleValues(st, tops);
}
