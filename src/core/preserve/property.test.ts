import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogFor, paramsOf } from '../catalog';
import { printConfigMl } from '../codegen/config';
import { exportProject } from '../codegen/export';
import { SIDECAR_FILE } from '../codegen/metadata';
import type { Design } from '../design/schema';
import type { Source } from '../design/source';
import { arbitraryDesign } from '../graph/arbitrary';
import { importConfigMl } from '../import/import';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import { changedLines, graphShape } from './testing';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

type Edit = { kind: string; apply: (d: Design) => void; expect?: (d: Design) => void; concerns: (d: Design, src: Source) => Set<number> };

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
function chooseEdit(d: Design, pick: number): Edit | null {
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
      const v = p.type.kind === 'string' ? `v${pick}` : p.type.kind === 'int' ? 1000 + (pick % 50000) : x.params[p.name] !== true;
      return { kind: `param ${x.name}.${p.name}`, apply: (e) => (e.devices.find((y) => y.id === x.id)!.params[p.name] = v), concerns: (_, src) => new Set([itemOf(src, x.id)!]) };
    },
    // A binding is renamed: its `let` and every use, inside kept OCaml code too (as a rename in an editor does).
    () => {
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

describe('export → import → one edit → export', () => {
  for (const shape of ['typed', 'layered', 'scatter'] as const) {
  it(`changes only the lines the edit concerns, and means the edited design (${shape} designs)`, () => {
    fc.assert(
      fc.property(arbitraryDesign({ shape, valid: true }), fc.nat(), (design, pick) => {
        const files = exportProject(design);
        const text = files.find((f) => f.path === 'config.ml')!.contents;
        const r = importConfigMl(text, parser, { sidecar: files.find((f) => f.path === SIDECAR_FILE)!.contents });
        if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
        const read = r.design;
        const src = read.source!;
        // Unedited, it is the same text.
        expect(printConfigMl(read).text).toBe(text);
        const edit = chooseEdit(read, pick);
        if (!edit) return;
        const edited = structuredClone(read);
        edit.apply(edited);
        const printed = printConfigMl(edited);
        expect(printed.notes.filter((n) => n.message.includes('written anew')), edit.kind).toEqual([]);
        // Only lines of the items the edit concerns are removed or changed.
        const allowed = new Set<number>();
        const lineOf = (at: number) => text.slice(0, at).split('\n').length;
        for (const i of edit.concerns(read, src)) {
          const it = src.items[i]!;
          for (let l = lineOf(it.chunk[0]); l <= lineOf(it.chunk[1]); l++) allowed.add(l);
          // The blank line after an item goes with it when it is deleted.
          allowed.add(lineOf(it.chunk[1]) + 1);
        }
        const { removed } = changedLines(text, printed.text);
        expect(removed.filter((l) => !allowed.has(l)), `${edit.kind}\n${text}\n---\n${printed.text}`).toEqual([]);
        // And the text means the edited design.
        const again = exportProject(edited);
        expect(again.find((f) => f.path === 'config.ml')!.contents).toBe(printed.text);
        const back = importConfigMl(printed.text, parser, { sidecar: again.find((f) => f.path === SIDECAR_FILE)!.contents });
        if (!back.ok) throw new Error(`${edit.kind}: ${JSON.stringify(back.diagnostics)}\n${printed.text}`);
        edit.expect?.(edited);
        expect(graphShape(back.design), `${edit.kind}\n${printed.text}`).toEqual(graphShape(edited));
      }),
      { numRuns: 120 },
    );
  });
  }
});
