import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import { exportProject } from '../codegen/export';
import { SIDECAR_FILE } from '../codegen/metadata';
import { arbitraryDesign } from '../graph/arbitrary';
import { importConfigMl } from '../import/import';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import { changedLines, chooseEdit, graphShape } from './testing';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

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
