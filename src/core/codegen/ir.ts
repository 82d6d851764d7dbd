import { catalogFor } from '../catalog';
import type { Design } from '../design/schema';
import { type GraphIndex, indexDesign, topoOrder } from '../graph/index';
import { inferTypes } from '../graph/infer';
import { bindingAnnotation } from './annotate';
import type { IrBinding, IrProgram, IrRegister } from './ir-types';
import { instanceExpr, mainRef, registerCall, runtimeArgsSupported, type InstanceContext } from './ir-instances';
import { resolveNames } from './ir-names';
import { headerBounds, validSpan } from './range';
import { unikernelArgName } from './names';

export { unikernelArgName } from './names';
export type { IrArg, IrBinding, IrExpr, IrProgram, IrRegister } from './ir-types';

/** The `(* mirage >= min & < max *)` bounds of a design's config.ml: its valid span of releases (`validSpan`). */
export function versionRange(design: Design): { min: string; max: string } {
  return headerBounds(validSpan(design));
}

/**
 * Design → IR: runtime-argument bindings first, then the `main` bindings, then one binding per
 * other instance in dependency order, then the register calls; binding names are sanitised, unique and never hide a Mirage
 * value the file still uses (pure; never throws on invalid designs — what is missing prints as
 * `Stdlib.failwith "…"`).
 */
export function buildIr(design: Design): IrProgram {
  const version = design.mirage;
  const catalog = catalogFor(version);
  const index = indexDesign(design, catalog);
  const inference = inferTypes(index);
  const notes: string[] = [];
  const rtSupported = runtimeArgsSupported(version);
  const rtNames = new Set(rtSupported ? design.runtimeArgs.map((r) => r.name) : []);
  if (!rtSupported && design.runtimeArgs.length) notes.push(`runtime arguments need Mirage 4.5 or later; ${design.runtimeArgs.length} left out`);
  const rtTypes = new Map(design.runtimeArgs.map((r) => [r.name, r.type]));
  const ctx: InstanceContext = { index, params: { version, runtimeArgs: rtNames, runtimeArgTypes: rtTypes } };
  const bindings: IrBinding[] = [];
  const usedAs = runtimeArgSignatureTypes(index);
  const seenRt = new Set<string>();
  for (const ra of rtSupported ? design.runtimeArgs : []) {
    if (seenRt.has(ra.name)) continue;
    seenRt.add(ra.name);
    bindings.push({
      instId: null,
      runtimeArg: ra.name,
      name: ra.name,
      annotation: runtimeArgAnnotation(usedAs.get(ra.name) ?? ra.type),
      expr: {
        k: 'app',
        fn: { k: 'mirage', name: 'Runtime_arg.create' },
        args: [
          { kind: 'labeled', label: 'pos', value: { k: 'lit', text: '__POS__' } },
          { kind: 'positional', label: null, value: { k: 'str', v: `Unikernel.${unikernelArgName(ra.name)}` } },
        ],
      },
    });
  }
  const registers: IrRegister[] = [];
  const done = new Set<string>();
  for (const id of bindingOrder(index)) {
    if (done.has(id)) continue; // duplicate instance ids (invalid designs) print once
    done.add(id);
    const inst = index.byId.get(id)!;
    if (inst.device === 'register') {
      registers.push(registerCall(id, ctx));
      continue;
    }
    const b = instanceExpr(id, ctx);
    const annotation = b.verbatim === undefined ? bindingAnnotation(index, inference, id) : undefined;
    const prev = bindings[bindings.length - 1];
    const groupOf = (b: IrBinding) => (b.instId === null ? 'runtime_arg' : index.byId.get(b.instId)?.device === 'main' ? 'main' : 'device');
    const groupStart = prev !== undefined && groupOf(prev) !== groupOf(b);
    bindings.push({ ...b, ...(annotation ? { annotation } : {}), ...(groupStart ? { groupStart } : {}) });
  }
  const program: IrProgram = { version, range: versionRange(design), bindings, registers, notes };
  return resolveNames(program, design, (id) => mainRef(id, ctx));
}


/**
 * Instances in print order: every `main` first (they depend only on typs and runtime arguments, so a
 * device bound like a typ — `http_server` — cannot hide one), a main bound `main` last among them
 * (so the other mains still see the Mirage `main`), then the rest in dependency order.
 */
function bindingOrder(index: GraphIndex): string[] {
  const order = topoOrder(index);
  const isMain = (id: string) => index.byId.get(id)?.device === 'main';
  const mains = order.filter(isMain);
  const rank = (id: string) => (index.byId.get(id)?.name === 'main' ? 1 : 0);
  return [...mains.sort((a, b) => rank(a) - rank(b)), ...order.filter((id) => !isMain(id))];
}

/** `T runtime_arg` when the runtime argument's type text is a plain OCaml type; otherwise no annotation. */
function runtimeArgAnnotation(type: string): string | undefined {
  const t = type.trim().replace(/\s+/g, ' ');
  return /^[A-Za-z_][A-Za-z0-9_.' ]*$|^[A-Za-z0-9_.' ()*,]+$/.test(t) && balancedParens(t) ? `${/[ *]/.test(t) ? `(${t})` : t} runtime_arg` : undefined;
}

function balancedParens(t: string): boolean {
  let d = 0;
  for (const c of t) {
    if (c === '(') d++;
    else if (c === ')' && --d < 0) return false;
  }
  return d === 0 && !t.includes('(*') && !t.includes('*)');
}


/**
 * The type each runtime argument has in config.ml where a device parameter takes it: the signature's
 * (`ccm_block`'s key is a `string option runtime_arg` there, even though the unikernel's term is a `string`).
 */
/** The type each runtime argument has in the signatures of the parameters it feeds (what config.ml annotates). */
export function runtimeArgSignatureTypes(index: GraphIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of index.design.devices) {
    const spec = index.spec(d.id);
    for (const a of spec?.args ?? []) {
      if (a.role !== 'param' || a.type.kind !== 'runtime_arg') continue;
      const v = d.params[a.name];
      if (v && typeof v === 'object' && !Array.isArray(v) && 'runtimeArg' in v && !out.has(v.runtimeArg)) out.set(v.runtimeArg, a.type.inner);
    }
  }
  return out;
}
