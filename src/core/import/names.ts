import { keyShape } from '../codegen/keys';
import { reference, runtimeArgsSupported } from '../reference/api';
import type { CstNode } from './parser';
import type { ImportState } from './state';
import type { BuiltinId, Env, Val } from './values';

const BUILTINS = new Map<string, [BuiltinId, number]>([
  ['main', ['main', 2]],
  ['register', ['register', 2]],
  ['package', ['package', 1]],
  ['runtime_arg', ['rtarg', 1]],
  ['Runtime_arg.create', ['rtarg', 1]],
  ['Runtime_arg.v', ['rtarg_v', 1]],
  ['if_impl', ['if_impl', 3]],
  ['match_impl', ['match_impl', 2]],
]);

const code = (node: CstNode, text: string): Val => ({ k: 'code', refs: [], type: '', node, text });

/** Functoria's `Key` functions the composer reads (`lib/functoria/key.mli`): `Key.value k`, `Key.pure x`. */
const KEY_FUNCTIONS = new Map<string, [BuiltinId, number]>([
  ['value', ['key_value', 1]],
  ['pure', ['key_pure', 1]],
]);

/** True when module `m`, opened locally, defines `name` in this version (Mirage, Key, Runtime_arg). */
function moduleHas(st: ImportState, m: string, name: string): boolean {
  const v = st.catalog.version;
  if (m === 'Mirage') {
    return BUILTINS.has(name) || st.catalog.devices.has(name) || st.catalog.typs.has(name) || reference.values.some((x) => x.name === name && x.versions[v]);
  }
  if (m === 'Key' && KEY_FUNCTIONS.has(name)) return true;
  const members = Object.hasOwn(reference.submodules, m) ? reference.submodules[m] : undefined;
  return !!members?.some((x) => x.name === name && x.versions[v]);
}

/** `Key.<member>`: a configure key or value the design models, Key.value/Key.pure, or null (kept as OCaml code). */
function keyMember(st: ImportState, node: CstNode, member: string): Val | null {
  const f = KEY_FUNCTIONS.get(member);
  if (f) return { k: 'fn', fn: { kind: 'builtin', id: f[0], arity: f[1] }, args: [], node, text: `Key.${member}` };
  const shape = keyShape(member, st.catalog.version);
  if (!shape) return null;
  if (shape.kind === 'group_key') return { k: 'fn', fn: { kind: 'builtin', id: 'key_group', arity: 1, member }, args: [], node, text: `Key.${member}` };
  return { k: 'key', key: member, value: shape.kind === 'value', node, text: `Key.${member}` };
}

/**
 * Resolves a name as OCaml does: bindings of config.ml (innermost first), where a module opened locally
 * (`Key.(…)`, `Mirage.(…)`, `let open M in`) shadows the bindings outside it; then the eDSL built-ins, the
 * version's typs and devices. `Mirage.x` is always Mirage's `x`, never a binding. Inside `M.(…)` unknown names
 * read as `M.name`; any other module path is kept as OCaml code.
 */
export function lookupName(st: ImportState, env: Env, node: CstNode, written = node.text.replace(/\s+/g, '')): Val {
  let name = written;
  let qualified = false;
  while (name.startsWith('Mirage.')) {
    name = name.slice('Mirage.'.length);
    qualified = true;
  }
  if (!qualified && !name.includes('.')) {
    const r = env.resolve(name, (m, n) => moduleHas(st, m, n));
    if (r?.kind === 'local') {
      st.used.add(r.v);
      return r.v;
    }
    if (r?.kind === 'module' && r.module !== 'Mirage') name = `${r.module}.${name}`;
  }
  if (name.startsWith('Key.')) {
    const k = keyMember(st, node, name.slice('Key.'.length));
    if (k) return k;
  }
  // Runtime arguments exist from Mirage 4.5 on.
  const builtin = !runtimeArgsSupported(st.catalog.version) && /^(runtime_arg|Runtime_arg\.)/.test(name) ? undefined : BUILTINS.get(name);
  if (builtin) return { k: 'fn', fn: { kind: 'builtin', id: builtin[0], arity: builtin[1] }, args: [], node, text: written };
  if (/^Ipaddr\.(V4\.|V6\.)?(Prefix\.)?of_string_exn$/.test(name)) {
    return { k: 'fn', fn: { kind: 'builtin', id: 'ip', arity: 1 }, args: [], node, text: written };
  }
  if (name.includes('.')) return code(node, qualified ? written : name);
  const cat = st.catalog;
  const spec = cat.devices.get(name);
  if (spec && !['main', 'register', 'if_impl', 'match_impl', 'ocaml_code'].includes(name)) {
    if (spec.constant) return { k: 'impl', id: st.add(spec.id, {}, spec.id, node), node, text: written };
    return { k: 'fn', fn: { kind: 'device', spec }, args: [], node, text: written };
  }
  if (cat.typs.has(name)) return { k: 'typ', name, node, text: written };
  if (!qualified && env.opened && env.opened !== 'Mirage') return code(node, `${env.opened}.${name}`);
  // Unknown names are reported and kept as code, so the rest of the expression still becomes a graph.
  const entry = cat.entries.get(name);
  if (entry) {
    const hint = entry.entry.replacement ? `Use \`${entry.entry.replacement}\` instead.` : undefined;
    st.report('MC008', 'error', `\`${name}\` does not exist in Mirage ${cat.version}.`, node, hint);
    return code(node, written);
  }
  if (reference.values.some((v) => v.name === name && v.versions[cat.version]) || /^__[A-Z_]+__$/.test(name)) {
    return code(node, written);
  }
  const near = closest(name, [...cat.devices.keys(), ...cat.typs.keys()]);
  st.report(
    'MC016',
    'error',
    `Unknown ${qualified ? 'Mirage value' : 'device or value'} \`${name}\`: ${qualified ? '' : 'it is not bound above and '}Mirage ${cat.version} has no such device.`,
    node,
    near ? `Did you mean \`${near}\`?` : undefined,
  );
  return code(node, written);
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
