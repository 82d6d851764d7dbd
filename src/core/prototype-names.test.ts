import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportProject, launchCommand } from './codegen/export';
import { SIDECAR_FILE, parseMetadataText } from './codegen/metadata';
import { printConfigMl } from './codegen/config';
import { loadDesign, serializeDesign } from './design/load';
import type { Design } from './design/schema';
import { design } from './graph/builder';
import { decodeShareLink, encodeShareLink } from './share/link';
import { validateDesign } from './validate/index';

/** Names of Object.prototype members: as keys of a plain object they find inherited functions. */
const PROTO = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__defineGetter__', 'prototype'];

/**
 * A design where every user string is one of PROTO: instance ids (a permutation: ids are unique), binding
 * names, an unknown device id, a parameter key, typs, match cases, a reporter level, runtime args.
 */
function protoDesign(pick: (i: number) => string, ids: readonly string[] = PROTO): Design {
  const d = design('4.11.1', 'unix', pick(0))
    .add('i0', 'default_network')
    .add('i1', 'generic_stackv4v6', { group: pick(3) })
    .wire('i0', 'i1')
    .add('i2', 'match_impl', { cases: [pick(5), 'hvt'] })
    .add('i3', pick(7), { [pick(8)]: pick(9) })
    .add('i4', 'default_reporter', { level: pick(11) })
    .add('i5', 'ocaml_code', { code: `let ${pick(13).replace(/^_+/, 'x')} = ${pick(14)}`, type: `${pick(15)} impl` })
    .main('i6', 'Unikernel.Make', [pick(17), 'stackv4v6'])
    .wire('i1', 'i6', 'arg2')
    .add('i7', 'block_of_file', { arg1: pick(2) })
    .register('i6')
    .runtimeArg({ name: pick(18), type: 'int', default: '1' })
    .build();
  const id = (x: string) => (x === 'register' ? ids[8]! : ids[Number(x.slice(1))]!);
  d.devices = d.devices.map((x, i) => ({ ...x, id: id(x.id), name: pick(1 + i), position: { x: i * 10, y: i } }));
  d.wires = d.wires.map((w) => ({ ...w, from: id(w.from), to: id(w.to) }));
  return d;
}

const noLeak = (s: string) => {
  expect(s).not.toContain('[native code]');
  expect(s).not.toMatch(/function \w*\(/);
  expect(s).not.toContain('[object Object]');
};

describe('names that are Object.prototype members (issue 9, item 7)', () => {
  it('never leak into config.ml, unikernel.ml, build.sh or messages, never crash, and positions survive', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PROTO), { minLength: 19, maxLength: 19 }), fc.shuffledSubarray(PROTO, { minLength: 9, maxLength: 9 }), (names, ids) => {
        const d = protoDesign((i) => names[i]!, ids);
        const loaded = loadDesign(serializeDesign(d));
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        const diagnostics = validateDesign(loaded.design);
        for (const x of diagnostics) noLeak(`${x.message} ${x.hint ?? ''}`);
        const files = exportProject(loaded.design);
        for (const f of files) {
          noLeak(f.contents);
          expect(f.contents).not.toContain('could not be generated');
        }
        noLeak(launchCommand(loaded.design));
        // The composer data (positions by binding name) is beside config.ml, every position there.
        const { meta } = parseMetadataText(files.find((f) => f.path === SIDECAR_FILE)!.contents);
        expect(meta).not.toBeNull();
        expect(meta!.positions.size).toBe(loaded.design.devices.length);
        const link = encodeShareLink(loaded.design);
        expect(link.ok).toBe(true);
        const back = link.ok ? decodeShareLink(link.fragment) : null;
        expect(back?.ok && back.design.devices.length).toBe(d.devices.length);
      }),
      { numRuns: 60 },
    );
  });

  it('a match_impl case or a reporter level named constructor is refused, not printed as a JavaScript function', () => {
    const d = protoDesign(() => 'constructor');
    const text = printConfigMl(d).text;
    noLeak(text);
    expect(text).not.toContain('Logs.function');
  });

  it('a params.__proto__ key in a design file gets a diagnostic instead of vanishing', () => {
    const json = JSON.parse(serializeDesign(design().add('net', 'default_network').register([]).build())) as { devices: { params: Record<string, unknown> }[] };
    const text = JSON.stringify(json).replace('"params":{}', '"params":{"__proto__":{"ocaml":"Sys.command \\"x\\""}}');
    expect(text).toContain('__proto__');
    const r = loadDesign(text);
    expect(r.diagnostics.map((x) => x.message)).toEqual(expect.arrayContaining([expect.stringContaining('devices[0].params.__proto__: `__proto__` cannot be a name')]));
  });
});
