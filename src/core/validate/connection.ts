import type { DiagnosticCode } from '../diagnostics';
import { type GraphIndex, reaches } from '../graph/index';
import { type Inference, inferTypes } from '../graph/infer';
import type { MirageVersion } from '../reference/types';
import type { Ty } from '../types/term';
import { mirageTypeName } from '../types/show';
import { resolve, unify } from '../types/unify';

export interface Connection {
  from: string;
  to: string;
  port: string;
  /** Which result of `from`, for a device that returns several (`lease`); absent = its result. */
  fromPort?: string;
}

export type ConnectionVerdict =
  | { ok: true }
  | { ok: false; code: DiagnosticCode; reason: string };

/**
 * The one connection check, used by the canvas while dragging and by the batch validator:
 * can the output of `from` go into `port` of `to`, and if not, why (in Mirage words).
 * `inference` may be passed to avoid recomputing it for many candidate ports.
 */
export function checkConnection(index: GraphIndex, c: Connection, inference?: Inference): ConnectionVerdict {
  const src = index.byId.get(c.from);
  const dst = index.byId.get(c.to);
  if (!src || !dst) return { ok: false, code: 'MC016', reason: 'That device is not in the design.' };
  const srcSpec = index.spec(c.from);
  const dstSpec = index.spec(c.to);
  if (!srcSpec) return { ok: false, code: 'MC016', reason: `\`${src.device}\` is not a device of Mirage ${index.catalog.version}.` };
  if (!dstSpec) return { ok: false, code: 'MC016', reason: `\`${dst.device}\` is not a device of Mirage ${index.catalog.version}.` };
  const port = index.ports(c.to).find((p) => p.name === c.port);
  if (!port) return { ok: false, code: 'MC016', reason: `\`${dstSpec.id}\` has no argument \`${c.port}\`.` };
  const given = index.output(c.from, c.fromPort);
  if (!given) {
    const reason = c.fromPort ? `\`${srcSpec.id}\` has no result \`${c.fromPort}\`.` : `\`${srcSpec.id}\` gives nothing to wire; it is the end of the graph.`;
    return { ok: false, code: 'MC016', reason };
  }
  if (c.from === c.to || reaches(index, c.to, c.from)) {
    return { ok: false, code: 'MC005', reason: `That would make a cycle: \`${src.name || srcSpec.id}\` already depends on \`${dst.name || dstSpec.id}\`.` };
  }
  const existing = index.incoming(c.to).get(c.port) ?? [];
  if (existing.some((w) => w.from === c.from && w.fromPort === c.fromPort)) return { ok: false, code: 'MC015', reason: 'These two are already wired.' };
  const inf = inference ?? inferTypes(index);
  if (!port.many && existing.length > 0) {
    const taken = `${portTitle(port.name, port.label)} of \`${dstSpec.id}\` already has a wire`;
    // Taken, and the type would not fit either (against the port's own type, whatever is wired now): say both, the type first.
    const have = resolve(given, inf.subst);
    if (!unify(have, port.type).ok) {
      return { ok: false, code: 'MC004', reason: `${mismatchReason(dstSpec.id, port.type, srcSpec.id, have, index.catalog.version)} (Besides, ${taken}.)` };
    }
    return { ok: false, code: 'MC015', reason: `${taken}; remove it first.` };
  }
  const want = resolve(port.type, inf.subst);
  const have = resolve(given, inf.subst);
  const r = unify(have, want, inf.subst);
  if (!r.ok) {
    return { ok: false, code: 'MC004', reason: mismatchReason(dstSpec.id, want, srcSpec.id, have, index.catalog.version) };
  }
  return { ok: true };
}

/** "the `port` argument" / "argument 2" — how a port is named in messages. */
export function portTitle(name: string, label: string | null): string {
  if (label) return `~${label}`;
  const m = /^arg(\d+)$/.exec(name);
  return m ? `argument ${m[1]}` : `\`${name}\``;
}

/** The MC004 message: "`to` needs a `want` here; `from` gives a `have`." (types in Mirage words). */
export function mismatchReason(to: string, want: Ty, from: string, have: Ty, version: MirageVersion): string {
  return `\`${to}\` needs a \`${mirageTypeName(want, version)}\` here; \`${from}\` gives a \`${mirageTypeName(have, version)}\`.`;
}
