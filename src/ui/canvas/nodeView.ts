import { argsOf } from '../../core/catalog';
import type { DeviceInstance } from '../../core/design/schema';
import { type Diagnostic, SEVERITY_RANK as RANK, type Severity } from '../../core/diagnostics';
import type { GraphIndex } from '../../core/graph/index';
import type { Inference } from '../../core/graph/infer';
import type { MirageVersion } from '../../core/reference/types';
import { mirageTypeName } from '../../core/types/show';
import { type Ty, printTy } from '../../core/types/term';
import { resolve } from '../../core/types/unify';
import { typeColor } from '../theme/typeColor';

export interface PortView {
  name: string;
  /** `~label`, `argument 2`, `jobs`… */
  title: string;
  type: string;
  color: string;
  optional: boolean;
  many: boolean;
  wires: number;
  /** Required and nothing wired in. */
  open: boolean;
}

/** One of the other results of a device that returns several (`lease` of `generic_stackv4v6_with_lease`). */
export interface ExtraOutView {
  /** The output port (the wire's `fromPort`, the handle id). */
  name: string;
  type: string;
  color: string;
  /** Wires out of it. */
  wires: number;
}

/** Everything a device node draws; equal views keep the same object so memoised nodes skip rendering. */
export interface NodeView {
  id: string;
  device: string;
  name: string;
  known: boolean;
  doc: string;
  out: { type: string; color: string } | null;
  /** The other results, in signature order (empty for most devices). */
  extra: ExtraOutView[];
  ports: PortView[];
  diag: { count: number; worst: Severity; messages: string[] } | null;
}

const names = new Map<string, string>();
/** `mirageTypeName`, cached by printed term (abbreviating is the costly part at 1,000 devices). */
export function typeName(t: Ty, v: MirageVersion): string {
  const key = `${v} ${printTy(t)}`;
  let n = names.get(key);
  if (n === undefined) {
    n = mirageTypeName(t, v);
    if (names.size > 5000) names.clear();
    names.set(key, n);
  }
  return n;
}

/** Resolved type of output `port` of an instance (absent = its result; `lease`… = one of several); null when none. */
export function outputType(index: GraphIndex, inf: Inference, id: string, port?: string): Ty | null {
  if (port === undefined) return inf.outputType(id);
  const t = index.output(id, port);
  return t ? resolve(t, inf.subst) : null;
}

/** The view of one instance under the current types and diagnostics (pure). */
export function nodeView(index: GraphIndex, inf: Inference, inst: DeviceInstance, diags: readonly Diagnostic[] | undefined): NodeView {
  const v = index.catalog.version;
  const spec = index.spec(inst.id);
  const ports: PortView[] = [];
  if (spec) {
    const inc = index.incoming(inst.id);
    for (const a of argsOf(spec, inst, index.catalog)) {
      if (a.role !== 'port') continue;
      const t = inf.portType(inst.id, a.name);
      const wires = inc.get(a.name)?.length ?? 0;
      const optional = a.kind === 'optional';
      ports.push({
        name: a.name,
        title: portTitle(a.name, a.label, a.many === true),
        type: t ? typeName(t, v) : '?',
        color: typeColor(t),
        optional,
        many: a.many === true,
        wires,
        open: !optional && wires === 0,
      });
    }
  }
  else {
    // A device this version does not have: keep handles for its wires so they stay visible.
    for (const [name, ws] of index.incoming(inst.id)) {
      ports.push({ name, title: name, type: '?', color: typeColor(null), optional: false, many: ws.length > 1, wires: ws.length, open: false });
    }
  }
  const o = spec ? inf.outputType(inst.id) : null;
  const extra: ExtraOutView[] = (spec?.extraOutputs ?? []).map(({ name }) => {
    const t = outputType(index, inf, inst.id, name);
    const wires = index.outgoing(inst.id).filter((w) => w.fromPort === name).length;
    return { name, type: t ? typeName(t, v) : '?', color: typeColor(t), wires };
  });
  let diag: NodeView['diag'] = null;
  if (diags?.length) {
    const worst = diags.reduce<Severity>((w, d) => (RANK[d.severity] < RANK[w] ? d.severity : w), 'info');
    diag = { count: diags.length, worst, messages: diags.slice(0, 6).map((d) => `${d.code}: ${d.message}`) };
  }
  return {
    id: inst.id,
    device: inst.device,
    name: inst.name,
    known: !!spec,
    doc: spec?.doc ?? `Not a device of Mirage ${v}.`,
    out: o ? { type: typeName(o, v), color: typeColor(o) } : !spec && index.outgoing(inst.id).length ? { type: '?', color: typeColor(null) } : null,
    extra,
    ports,
    diag,
  };
}

function portTitle(name: string, label: string | null, many: boolean): string {
  if (label) return `~${label}`;
  if (many) return name;
  const m = /^arg(\d+)$/.exec(name);
  return m ? `#${m[1]}` : name;
}

/** Structural equality of two views (cheap; used to keep node data objects stable). */
export function sameView(a: NodeView, b: NodeView): boolean {
  if (a.id !== b.id || a.device !== b.device || a.name !== b.name || a.known !== b.known || a.doc !== b.doc) return false;
  if (a.out?.type !== b.out?.type || a.out?.color !== b.out?.color) return false;
  if (a.extra.length !== b.extra.length || a.extra.some((x, i) => { const y = b.extra[i]!; return x.name !== y.name || x.type !== y.type || x.color !== y.color || x.wires !== y.wires; })) return false;
  if ((a.diag === null) !== (b.diag === null)) return false;
  if (a.diag && b.diag && (a.diag.count !== b.diag.count || a.diag.worst !== b.diag.worst || a.diag.messages.join('\n') !== b.diag.messages.join('\n')))
    return false;
  if (a.ports.length !== b.ports.length) return false;
  return a.ports.every((p, i) => {
    const q = b.ports[i]!;
    return p.name === q.name && p.title === q.title && p.type === q.type && p.color === q.color && p.wires === q.wires && p.optional === q.optional && p.open === q.open && p.many === q.many;
  });
}
