import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../../codegen/config';
import { DESIGN_FORMAT, DesignSchema } from '../../design/schema';
import { validateDesign } from '../../validate/index';
import { importConfigMl } from '../import';
import type { OcamlParser } from '../parser';
import { LIMITS } from '../../limits';
import { MAX_DEVICES } from '../state';
import { decodeConfigBytes } from '../text';
import { testParser } from '../testing/nodeParser';

/* Issue 9, import side: bounded evaluation, limits that agree with the design's, no silent change of text. */

const H = '(* mirage >= 4.11.0 & < 4.12.0 *)\nopen Mirage\n';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

const refused = (source: string) => {
  const r = importConfigMl(source, parser);
  expect(r.ok).toBe(false);
  return r.diagnostics[0]!;
};

describe('bounded evaluation: a budget on the size of values built', () => {
  it('list doubling (`l{i+1} = l{i} @ l{i}`, 40 times) stops where the budget runs out', () => {
    const lines = ['let l0 = [ 0 ]', ...Array.from({ length: 40 }, (_, i) => `let l${i + 1} = l${i} @ l${i}`)];
    const d = refused(`${H}${lines.join('\n')}\n`);
    expect(d).toMatchObject({ code: 'MC022', severity: 'error' });
    expect(d.message).toContain('builds values too large to read (more than 1,000,000 list items)');
    // The budget counts every item built (2 + 4 + … + 2^19 > 1,000,000): it runs out at `l19 = l18 @ l18`,
    // line 3 + 19, column 11 (the `@` expression).
    expect([d.line, d.column]).toEqual([22, 11]);
  });

  it('a doubling helper nested 30 deep', () => {
    const d = refused(`${H}let f x = x @ x\nlet l = ${'f ('.repeat(30)}[ 0 ]${')'.repeat(30)}\n`);
    expect(d.message).toMatch(/builds values too large to read|takes too long to evaluate/);
    expect(d.line).toBe(3);
  });

  it('string doubling with `^` is a size error at its place, not "nested too deeply"', () => {
    const lines = ['let s0 = "ab"', ...Array.from({ length: 40 }, (_, i) => `let s${i + 1} = s${i} ^ s${i}`)];
    const d = refused(`${H}${lines.join('\n')}\n`);
    expect(d.message).toContain('more than 8,000,000 characters of strings');
    // 2 + 4 + … characters: over 8,000,000 at `s21 = s20 ^ s20`.
    expect([d.line, d.column]).toEqual([3 + 21, 11]);
  });

  it('a string literal of 130,000 characters is read (no argument spreading) and comes back as written', () => {
    const big = `${'é\\n'.repeat(1000)}${'a'.repeat(130_000)}`;
    const source = `${H}let kv = direct_kv_ro "${big}"\nlet main = main "Unikernel.Make" (kv_ro @-> job)\nlet () = register "big" [ main $ kv ]\n`;
    const r = importConfigMl(source, parser);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect((r.design.devices.find((x) => x.device === 'direct_kv_ro')!.params.arg1 as string).length).toBe(132_000);
    expect(printConfigMl(r.design).text).toBe(source);
  });
});

describe('nothing silently lost', () => {
  it('a huge position in the metadata of an earlier version keeps it and everything else', () => {
    const meta = '(* mirage-composer: {"format":1,"target":"hvt","description":"d","positions":{"net":{"x":1e307,"y":-1e307},"bad":{"x":"no","y":0}},"runtimeArgs":[]} *)';
    const r = importConfigMl(`${H}let net = default_network\nlet () = register "x" []\n\n${meta}\n`, parser);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.design.target).toBe('hvt');
    expect(r.design.description).toBe('d');
    expect(r.design.devices.find((x) => x.name === 'net')!.position).toEqual({ x: 1e307, y: -1e307 });
    // The part that could not be read is said, with what it is.
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'MC019', severity: 'warning', message: expect.stringContaining('the position of `bad`') }));
  });
});

describe('names that are Object.prototype members', () => {
  it('a binding `__proto__` keeps its position and reads back', () => {
    const meta = '(* mirage-composer: {"format":1,"target":"unix","positions":{"__proto__":{"x":7,"y":8}},"runtimeArgs":[]} *)';
    const r = importConfigMl(`${H}let __proto__ = default_network\nlet () = register "x" []\n${meta}\n`, parser);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const d = r.design.devices.find((x) => x.name === '__proto__')!;
    expect(d.position).toEqual({ x: 7, y: 8 });
    expect(DesignSchema.safeParse(r.design).success).toBe(true);
  });

  it('`let y = constructor ()`, `toString`, `valueOf`: unknown values with their place, no crash', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const r = importConfigMl(`${H}let y = ${name} ()\n`, parser);
      expect(r.ok, name).toBe(true);
      expect(r.diagnostics, name).toContainEqual(expect.objectContaining({ code: 'MC016', line: 3, column: 9 }));
    }
  });
});

describe('limits that agree with the design’s', () => {
  it(`more top-level items than a design holds devices (${MAX_DEVICES.toLocaleString('en')}) is refused with its place, before evaluation`, () => {
    const n = MAX_DEVICES + 5;
    const d = refused(`${H}${Array.from({ length: n }, (_, i) => `let n${i} = default_network`).join('\n')}\n`);
    expect(d.message).toBe('config.ml has more than 20,000 top-level items (definitions, opens…); a design holds at most 20,000 devices.');
    // The 20,001st item (`open Mirage` on line 2 is the first).
    expect(d.line).toBe(2 + MAX_DEVICES);
  });

  it('more devices than a design holds, made by one definition, is refused at the device past the limit', () => {
    const d = refused(`${H}let all = [\n${Array.from({ length: MAX_DEVICES + 5 }, (_, i) => `  netif "tap${i}";`).join('\n')}\n]\n`);
    expect(d.message).toBe('config.ml makes more than 20,000 devices; a design holds at most 20,000.');
    expect(d.line).toBe(4 + MAX_DEVICES);
  });

  it('more runtime arguments than a design holds is refused at the one past the limit', () => {
    const rts = Array.from({ length: LIMITS.runtimeArgs + 1 }, (_, i) => `let a${i} : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.a${i}"`);
    const d = refused(`${H}${rts.join('\n')}\n`);
    expect(d.message).toBe('config.ml declares 1,001 runtime arguments; a design holds at most 1,000.');
    expect(d.line).toBe(3 + LIMITS.runtimeArgs);
  });

  it('a name or a list longer than a design holds is refused with what and where', () => {
    const long = refused(`${H}let ${'n'.repeat(300)} = default_network\nlet () = register "x" []\n`);
    expect(long.message).toContain(`the name \`${'n'.repeat(24)}…\` has 300 characters; a design holds names of at most 200`);
    expect(long.line).toBe(3);
    const packages = Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `package "p${i}"`).join('; ');
    const many = refused(`${H}\nlet main = main ~packages:[ ${packages} ] "Unikernel" job\nlet () = register "x" [ main ]\n`);
    expect(many.message).toContain('`packages` has 10,001 items; a design holds at most 10,000');
    expect(many.line).toBe(4);
  });

  it('a file the design holds but whose map does not (one `let … and …` of 1,001 names) is read, not kept as written, and says so', () => {
    const names = Array.from({ length: 1001 }, (_, i) => `a${i} = ${i}`).join(' and ');
    const r = importConfigMl(`${H}let ${names}\nlet () = register "x" []\n`, parser);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.design.source).toBeUndefined();
    // The definition is kept once, each other name reading it (not once per name: 1,001² nodes).
    expect(r.design.devices.filter((x) => x.device === 'ocaml_code')).toHaveLength(1001);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'MC022', severity: 'warning', message: expect.stringContaining('not kept as written') }));
    expect(DesignSchema.safeParse(r.design).success).toBe(true);
  });

  it('just under the limit imports into a design the schema and check accept', () => {
    const r = importConfigMl(`${H}${Array.from({ length: 2000 }, (_, i) => `let n${i} = default_network`).join('\n')}\nlet () = register "x" []\n`, parser);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.design.format).toBe(DESIGN_FORMAT);
    expect(DesignSchema.safeParse(r.design).success).toBe(true);
    expect(validateDesign(r.design).filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('text that is not what it seems', () => {
  it('a Latin-1 byte is an error with its line and column, never a silent U+FFFD', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('open Mirage\nlet s = "caf'), 0xe9, ...new TextEncoder().encode('"\n')]);
    const r = decodeConfigBytes(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic).toMatchObject({ code: 'MC022', severity: 'error', line: 2, column: 13 });
    expect(r.diagnostic.message).toContain('0xE9');
    expect(decodeConfigBytes(new TextEncoder().encode('let s = "café"\n'))).toEqual({ ok: true, text: 'let s = "café"\n' });
  });

  it('an already replaced byte (U+FFFD) is said, with its place', () => {
    const r = importConfigMl(`${H}let kv = direct_kv_ro "caf\ufffd"\n`, parser);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'MC022', severity: 'warning', line: 3, column: 27 }));
  });

  it('`#use` is refused (ocamlc rejects it in config.ml), never re-exported as `let code = #use …`', () => {
    const d = refused(`${H}#use "topfind"\nlet () = register "x" []\n`);
    expect(d).toMatchObject({ code: 'MC022', line: 3, column: 1 });
    expect(d.message).toContain('`#use` is a directive of the OCaml toplevel');
  });
});
