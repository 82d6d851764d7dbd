/* Test helpers for the preserving printer (used by tests only). */
import { catalogFor, paramsOf } from '../catalog';
import type { Design } from '../design/schema';
import type { Source } from '../design/source';
import { stableJson } from './diff';

/**
 * A design's graph as a multiset of strings, independent of ids and names: each device (catalog id +
 * parameters) and each wire (its two ends by that description, the result it takes, and the port). `ocaml_code` nodes nothing
 * is wired to are left out: a value an edit left unused reads back as one (export keeps the user's text).
 */
export function graphShape(d: Design): string[] {
  const used = new Set(d.wires.map((w) => w.from));
  const keep = d.devices.filter((x) => x.device !== 'ocaml_code' || used.has(x.id) || d.wires.some((w) => w.to === x.id));
  const sig = new Map(keep.map((x) => [x.id, `${x.device}${stableJson(x.params)}`]));
  const wires = d.wires.filter((w) => sig.has(w.from) && sig.has(w.to)).map((w) => `${sig.get(w.from)}${w.fromPort !== undefined ? `.${w.fromPort}` : ''} -> ${sig.get(w.to)}.${w.port}`);
  return [...sig.values(), ...wires, `name ${d.name}`, `mirage ${d.mirage}`].sort();
}

/** Line numbers (1-based, in `before`) of the lines an edit removed or changed, by a longest-common-subsequence diff. */
export function changedLines(before: string, after: string): { removed: number[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: number[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(++i);
  }
  return { removed, added };
}

/** An edit of a design as a user makes it on the canvas, with the items of its source it concerns. */
export type Edit = { kind: string; apply: (d: Design) => void; expect?: (d: Design) => void; concerns: (d: Design, src: Source) => Set<number> };

/** What reading the printed text gives for kept OCaml code after a rename: the code says the new name. */
function renameInCode(d: Design, from: string, to: string): void {
  const word = new RegExp(`(?<![A-Za-z0-9_'.])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_'])`, 'g');
  for (const x of d.devices) {
    if (x.device !== 'ocaml_code' || !Array.isArray(x.params.refs) || !(x.params.refs as string[]).includes(from)) continue;
    if (typeof x.params.code === 'string') x.params.code = x.params.code.replace(word, to);
    x.params.refs = (x.params.refs as string[]).map((r) => (r === from ? to : r));
    for (const w of d.wires) if (w.to === x.id && w.port === `ref_${from}`) w.port = `ref_${to}`;
  }
}

/** The item (top-level binding) that holds a device, by the source map. */
const itemOf = (src: Source, id: string) => src.instances.find((s) => s.id === id)?.item;
/** Items whose text refers to a binding made by item `i`. */
const usersOf = (src: Source, i: number) => src.items.flatMap((it, k) => (it.refs.some((r) => r[1] === i) ? [k] : []));

/** One random edit of a design read from config.ml, with the items it concerns (the lines allowed to change). */
export function chooseEdit(d: Design, pick: number): Edit | null {
  const catalog = catalogFor(d.mirage);
  const devs = d.devices.filter((x) => x.device !== 'register');
  const at = <T>(xs: T[]) => xs[pick % xs.length]!;
  const kinds: (() => Edit | null)[] = [
    // A parameter of a plain literal type gets another value.
    () => {
      // (An `ocaml_code` node's parameters are its text and what the composer infers of it.)
      const options = devs.filter((x) => x.device !== 'ocaml_code').flatMap((x) =>
        paramsOf(catalog.devices.get(x.device)!)
          .filter((p) => p.type.kind === 'string' || p.type.kind === 'int' || p.type.kind === 'bool')
          .map((p) => ({ x, p })),
      );
      if (!options.length) return null;
      const { x, p } = at(options);
      // (A main's module is a module path: `Unikernel.V15`, not `v15`.)
      const v = p.type.kind === 'string' ? (x.device === 'main' && p.name === 'module' ? `Unikernel.V${pick}` : `v${pick}`) : p.type.kind === 'int' ? 1000 + (pick % 50000) : x.params[p.name] !== true;
      return { kind: `param ${x.name}.${p.name}`, apply: (e) => (e.devices.find((y) => y.id === x.id)!.params[p.name] = v), concerns: (_, src) => new Set([itemOf(src, x.id)!]) };
    },
    // A binding is renamed: its `let` and every use, inside kept OCaml code too (as a rename in an editor does).
    () => {
      if (!devs.length) return null;
      const x = at(devs);
      const to = `renamed_${pick % 100}`;
      return {
        kind: `rename ${x.name}`,
        apply: (e) => (e.devices.find((y) => y.id === x.id)!.name = to),
        expect: (e) => renameInCode(e, x.name, to),
        concerns: (_, src) => new Set([itemOf(src, x.id)!, ...usersOf(src, itemOf(src, x.id)!)]),
      };
    },
    // A device nothing else needs is deleted, with the wires into it.
    () => {
      const leaves = devs.filter((x) => !d.wires.some((w) => w.from === x.id));
      if (!leaves.length) return null;
      const x = at(leaves);
      return {
        kind: `delete ${x.name}`,
        apply: (e) => {
          e.devices = e.devices.filter((y) => y.id !== x.id);
          e.wires = e.wires.filter((w) => w.from !== x.id && w.to !== x.id);
        },
        concerns: (_, src) => new Set([itemOf(src, x.id)!, ...usersOf(src, itemOf(src, x.id)!)]),
      };
    },
    // A new device, wired to nothing: only new lines.
    () => ({
      kind: 'add',
      apply: (e) => e.devices.push({ id: 'added', device: 'default_network', name: 'added_net', params: {}, position: { x: 0, y: 0 } }),
      concerns: () => new Set(),
    }),
    // The unikernel name: the register call.
    () => ({
      kind: 'name',
      apply: (e) => (e.name = `app_${pick % 100}`),
      concerns: (e, src) => new Set([itemOf(src, e.devices.find((y) => y.device === 'register')!.id)!]),
    }),
  ];
  return kinds[pick % kinds.length]!() ?? kinds[3]!();
}

