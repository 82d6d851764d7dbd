import { type Catalog, catalogFor } from '../catalog';
import type { ParamContext } from '../codegen/params';
import type { Design, DeviceInstance } from '../design/schema';
import { type Source, type SourceInstance, type Span, sourceDigest } from '../design/source';
import type { Diagnostic } from '../diagnostics';
import { type GraphIndex, indexDesign } from '../graph/index';
import { type Inference, inferTypes } from '../graph/infer';
import { runtimeArgsSupported } from '../reference/api';
import { Edits, Regenerate } from './edits';

export { Regenerate };

/** How one device of the design relates to the source. */
export interface Change {
  /** Parameters whose value differs from what was read. */
  params: Set<string>;
  /** Ports whose wired devices differ from what was read. */
  ports: Set<string>;
}

/** Everything the preserving printer works with (one export). */
export interface Plan {
  design: Design;
  src: Source;
  text: string;
  eol: string;
  edits: Edits;
  catalog: Catalog;
  index: GraphIndex;
  inference: Inference;
  params: ParamContext;
  /** Source devices by id (those whose places are inside the text). */
  sinst: Map<string, SourceInstance>;
  /** Design devices by id. */
  dinst: Map<string, DeviceInstance>;
  /** Design devices that were read (same id, same device) and what changed in them. */
  changes: Map<string, Change>;
  /** Source devices that are gone (deleted, or now another device). */
  deleted: Set<string>;
  /** Items printed anew as generated bindings, items left out. */
  regen: Set<number>;
  dropped: Set<number>;
  /** Binding name of each device that has its own binding in the output. */
  bindName: Map<string, string>;
  /** Binding name of each other result of a device that returns several (`lease`), keyed `id` NUL `port`. */
  outName: Map<string, string>;
  /** Binding name of each runtime argument (by design name). */
  rtName: Map<string, string>;
  /** Devices read inline that get a binding of their own (their text moves into it). */
  hoisted: Set<string>;
  /** How many top-level bindings of each name the output has (for fresh names and `Mirage.` qualification). */
  topNames: Map<string, number>;
  /** The names the unit being rendered binds (its own body does not see them: `let main = main …`). */
  rendering: Set<string>;
  /** The source devices each item made, by item index. */
  byItem: Map<number, SourceInstance[]>;
  /** Where each inline device was read: its consumer and port. */
  parentOf: Map<string, { parent: string; port: string }>;
  /** Top-level units the output needs in addition to the kept items (keyed `new:<id>`, `rt:<name>`…). */
  units: Map<string, NewUnit>;
  /** Collects what the unit being rendered uses: unit keys (`item:<i>`, `new:<id>`). */
  uses: Set<string> | null;
  notes: Diagnostic[];
}

/** A binding the output adds: its text is made when rendered. */
export interface NewUnit {
  key: string;
  binds: string[];
  render: () => string;
  /** Instances it prints (for the code panel's spans). */
  instances: string[];
  /** Where it goes when nothing uses it: before this item (or at the end). */
  near: number | null;
}

/** How many times each name is bound. */
export function countNames(binds: [string, Span][][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const bs of binds) for (const [n] of bs) m.set(n, (m.get(n) ?? 0) + 1);
  return m;
}

const inText = (s: Span | undefined, n: number) => s === undefined || (s[0] >= 0 && s[0] <= s[1] && s[1] <= n);

/** Checks the source map against its text (every place inside it, items in order); throws `Regenerate` when it does not fit. */
export function checkSource(src: Source): void {
  if (src.digest !== sourceDigest(src)) throw new Regenerate('the kept config.ml or its map was changed outside Mirage Composer (its checksum does not match)');
  const n = src.text.length;
  let prev = -1;
  for (const it of src.items) {
    if (!inText(it.span, n) || !inText(it.chunk, n) || it.chunk[0] < prev || it.chunk[0] > it.span[0] || it.chunk[1] < it.span[1]) throw new Regenerate('the source map does not fit its text');
    prev = it.chunk[1];
    for (const [, s] of it.binds) if (!inText(s, n)) throw new Regenerate('the source map does not fit its text');
    for (const r of it.refs) if (!inText(r[2], n) || r[1] >= src.items.length) throw new Regenerate('the source map does not fit its text');
  }
  for (const s of [src.header, src.nameSpan, ...src.drop]) if (!inText(s, n)) throw new Regenerate('the source map does not fit its text');
}

/** Source devices whose places fit the text, by id (a malformed one is treated as not read). */
function validInstances(src: Source): Map<string, SourceInstance> {
  const n = src.text.length;
  const out = new Map<string, SourceInstance>();
  for (const s of src.instances) {
    if (out.has(s.id) || s.item >= src.items.length) continue;
    const places = [s.span, s.bind, s.use, s.useFn, ...s.args.flatMap(([, a]) => [a.span, a.value, ...(a.items ?? [])])];
    if (!places.every((p) => inText(p, n)) || (s.fnEnd !== undefined && s.fnEnd > n)) continue;
    out.set(s.id, s);
  }
  return out;
}

/** The plan of one export of a design with its source (diffing and naming are filled in by the next stages). */
export function makePlan(design: Design, src: Source): Plan {
  checkSource(src);
  const catalog = catalogFor(design.mirage);
  const index = indexDesign(design, catalog);
  const rt = runtimeArgsSupported(design.mirage);
  const sinst = validInstances(src);
  const byItem = new Map<number, SourceInstance[]>();
  for (const s of sinst.values()) {
    const l = byItem.get(s.item);
    if (l) l.push(s);
    else byItem.set(s.item, [s]);
  }
  return {
    design,
    src,
    text: src.text,
    eol: src.eol,
    edits: new Edits(src.text),
    catalog,
    index,
    inference: inferTypes(index),
    params: {
      version: design.mirage,
      runtimeArgs: new Set(rt ? design.runtimeArgs.map((r) => r.name) : []),
      runtimeArgTypes: new Map(design.runtimeArgs.map((r) => [r.name, r.type])),
    },
    sinst,
    dinst: new Map(design.devices.map((d) => [d.id, d])),
    changes: new Map(),
    deleted: new Set(),
    regen: new Set(),
    dropped: new Set(),
    bindName: new Map(),
    outName: new Map(),
    rtName: new Map(),
    hoisted: new Set(),
    topNames: countNames(src.items.map((it) => it.binds)),
    rendering: new Set(),
    byItem,
    parentOf: new Map(),
    units: new Map(),
    uses: null,
    notes: [],
  };
}
