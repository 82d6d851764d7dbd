import { reference, runtimeArgsSupported } from '../reference/api';
import type { CstNode } from './parser';
import type { ImportState } from './state';
import type { BuiltinId, Env, Val } from './values';

const BUILTINS: Record<string, [BuiltinId, number]> = {
  main: ['main', 2],
  register: ['register', 2],
  package: ['package', 1],
  runtime_arg: ['rtarg', 1],
  'Runtime_arg.create': ['rtarg', 1],
  'Runtime_arg.v': ['rtarg_v', 1],
  if_impl: ['if_impl', 3],
  match_impl: ['match_impl', 2],
};

const code = (node: CstNode, text: string): Val => ({ k: 'code', refs: [], type: '', node, text });

/**
 * Resolves a name: local/top-level bindings first, then the eDSL built-ins, the version's typs and devices;
 * inside `M.(…)` unknown names read as `M.name`; any other module path is kept as OCaml code.
 */
export function lookupName(st: ImportState, env: Env, node: CstNode, name = node.text.replace(/\s+/g, '')): Val {
  if (name.startsWith('Mirage.')) return lookupName(st, env, node, name.slice('Mirage.'.length));
  // Runtime arguments exist from Mirage 4.5 on.
  const builtin = !runtimeArgsSupported(st.catalog.version) && /^(runtime_arg|Runtime_arg\.)/.test(name) ? undefined : BUILTINS[name];
  const local = name.includes('.') ? undefined : env.get(name);
  if (local) {
    st.used.add(local);
    return local;
  }
  if (builtin) return { k: 'fn', fn: { kind: 'builtin', id: builtin[0], arity: builtin[1] }, args: [], node, text: name };
  if (/^Ipaddr\.(V4\.|V6\.)?(Prefix\.)?of_string_exn$/.test(name)) {
    return { k: 'fn', fn: { kind: 'builtin', id: 'ip', arity: 1 }, args: [], node, text: name };
  }
  if (name.includes('.')) return code(node, name);
  const cat = st.catalog;
  if (env.opened && reference.submodules[env.opened]?.some((m) => m.name === name && m.versions[cat.version])) return code(node, `${env.opened}.${name}`);
  const spec = cat.devices.get(name);
  if (spec && !['main', 'register', 'if_impl', 'match_impl', 'ocaml_code'].includes(name)) {
    if (spec.constant) return { k: 'impl', id: st.add(spec.id, {}, spec.id, node), node, text: name };
    return { k: 'fn', fn: { kind: 'device', spec }, args: [], node, text: name };
  }
  if (cat.typs.has(name)) return { k: 'typ', name, node, text: name };
  if (env.opened) return code(node, `${env.opened}.${name}`);
  // Unknown names are reported and kept as code, so the rest of the expression still becomes a graph.
  const entry = cat.entries.get(name);
  if (entry) {
    const hint = entry.entry.replacement ? `Use \`${entry.entry.replacement}\` instead.` : undefined;
    st.report('MC008', 'error', `\`${name}\` does not exist in Mirage ${cat.version}.`, node, hint);
    return code(node, name);
  }
  if (reference.values.some((v) => v.name === name && v.versions[cat.version]) || /^__[A-Z_]+__$/.test(name)) {
    return code(node, name);
  }
  const near = closest(name, [...cat.devices.keys(), ...cat.typs.keys()]);
  st.report(
    'MC016',
    'error',
    `Unknown device or value \`${name}\`: it is not bound above and Mirage ${cat.version} has no such device.`,
    node,
    near ? `Did you mean \`${near}\`?` : undefined,
  );
  return code(node, name);
}

/** The candidate closest to `name` by edit distance, if reasonably close. */
export function closest(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) >= bestD) continue;
    const d = editDistance(name, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
