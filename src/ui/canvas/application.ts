import { argsOf } from '../../core/catalog';
import type { ParamValue } from '../../core/design/schema';
import type { GraphIndex } from '../../core/graph/index';

/**
 * A short OCaml-like view of how an instance is applied, two levels deep by default:
 * `paf_server ~port (tcpv4v6_of_stackv4v6 stack)`. Shown when hovering a wire. At depth 0 an
 * instance is its binding name.
 */
export function applicationText(index: GraphIndex, id: string, depth = 2): string {
  const inst = index.byId.get(id);
  if (!inst) return '?';
  if (depth <= 0) return inst.name || inst.device;
  const spec = index.spec(id);
  if (!spec) return inst.device;
  if (spec.constant) return spec.id;
  const head = spec.id === 'main' && typeof inst.params.module === 'string' ? inst.params.module : spec.id;
  const parts: string[] = [spec.id === 'register' ? `register ${JSON.stringify(index.design.name)}` : head];
  for (const a of argsOf(spec, inst, index.catalog)) {
    if (a.role === 'unit') {
      parts.push('()');
    } else if (a.role === 'param') {
      if (spec.id === 'main' && (a.name === 'module' || a.name === 'functor')) continue;
      const v = inst.params[a.name];
      if (v === undefined || v === null) continue;
      parts.push(a.label ? `~${a.label}` : literal(v));
    } else {
      // One of several results (`lease`) is a name of its own in config.ml (`let stack, lease = …`).
      const srcs = (index.incoming(id).get(a.name) ?? [])
        .map((w) => (w.fromPort !== undefined ? resultName(index, w.from, w.fromPort) : applicationText(index, w.from, depth - 1)))
        .map((x) => (a.many ? x : paren(x)));
      if (!srcs.length && a.kind === 'optional') continue;
      const val = a.many ? `[${srcs.join('; ')}]` : (srcs[0] ?? '_');
      parts.push(a.label ? `~${a.label}:${val}` : val);
    }
  }
  return parts.join(' ');
}

/** The name one of several results of `id` is bound to (`let stack, lease = …`): its `outputNames` entry, else the port name. */
export function resultName(index: GraphIndex, id: string, port: string): string {
  const names = index.byId.get(id)?.outputNames;
  return (names && Object.hasOwn(names, port) ? names[port] : undefined) ?? port;
}

const paren = (s: string) => (s.includes(' ') && !s.startsWith('[') ? `(${s})` : s);

function literal(v: ParamValue): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 16 ? `${v.slice(0, 14)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return '_';
  if (Array.isArray(v)) return '[…]';
  if ('runtimeArg' in v) return v.runtimeArg;
  if ('key' in v) return `Key.${v.key}`;
  return '(…)';
}
