/** fast-check generators of fuzz inputs: random and mutated config.ml texts and design files (pure). */
import fc from 'fast-check';
import { FRAGMENTS } from '../../../scripts/ocaml-lexer/fragments';
import { serializeDesign } from '../design/load';
import { arbitraryDesign } from '../graph/arbitrary';
import type { FuzzInput } from './check';

const CONFIG_WORDS = [
  'open Mirage', 'let', 'rec', 'in', '=', '@->', '$', '@', '^', '::', ';', ';;', '|>', 'fun', '->', 'job', 'main', '"Unikernel.Make"',
  'register', '"hello"', '[', ']', '(', ')', '~', '~group:', '?', 'default_network', 'generic_stackv4v6', 'stackv4v6', 'tcpv4v6_of_stackv4v6',
  'generic_kv_ro', '"htdocs"', 'block_of_file', 'chamelon', 'if_impl', 'match_impl', 'Key.is_solo5', 'Key.(value target)', '`Hvt',
  'Runtime_arg.create', '~pos:__POS__', 'foreign', 'noop', 'x', 'y', 'f', '__proto__', 'constructor', 'toString', '1e307', '0x1F',
  '#use "topfind"', '(* mirage >= 4.11.0 & < 4.12.0 *)', '(* mirage-composer: {"format":1,"target":"hvt","positions":{}} *)', '\n', ' ',
];

/** Random edits of a text: cut, duplicate, insert a fragment, replace a character. */
function mutate(base: fc.Arbitrary<string>, pieces: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.constantFrom('cut', 'dup', 'insert', 'char'), fc.nat(), fc.nat({ max: 400 }), fc.constantFrom(...pieces), fc.integer({ min: 0, max: 0x10ffff }));
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 5 })).map(([text, edits]) =>
    edits.reduce((s, [op, at, len, piece, code]) => {
      const i = at % (s.length + 1);
      if (op === 'cut') return s.slice(0, i) + s.slice(i + len);
      if (op === 'dup') return s.slice(0, i + len) + s.slice(i, i + len) + s.slice(i + len);
      if (op === 'insert') return s.slice(0, i) + piece + s.slice(i);
      return s.slice(0, i) + String.fromCodePoint(code >= 0xd800 && code <= 0xdfff ? 0xfffd : code) + s.slice(i + 1);
    }, text),
  );
}

/** config.ml inputs: token soup, and mutations of exported config.ml files (`seeds`). */
export function configInputs(seeds: readonly string[]): fc.Arbitrary<FuzzInput> {
  const soup = fc.array(fc.constantFrom(...CONFIG_WORDS, ...FRAGMENTS), { minLength: 1, maxLength: 60 }).map((p) => p.join(' '));
  const nested = fc.tuple(fc.constantFrom('(', '[', 'f (', 'begin ', '[| '), fc.integer({ min: 1, max: 3000 })).map(([open, n]) => `let x = ${open.repeat(n)}0`);
  return fc.oneof(soup, mutate(fc.constantFrom(...seeds), [...CONFIG_WORDS, ...FRAGMENTS]), nested).map((text) => ({ kind: 'config' as const, text }));
}

/** Design-file inputs: random designs, their JSON with values replaced at random paths, and raw text mutations. */
export function designInputs(): fc.Arbitrary<FuzzInput> {
  const json = arbitraryDesign({ shape: 'scatter', maxSize: 8 }).map(serializeDesign);
  const hostile = fc.constantFrom<unknown>('__proto__', 'constructor', '../../../x', '/etc/passwd', 1e308, -0, -1, 2 ** 53, '', 'x'.repeat(300), { ocaml: ')' }, { runtimeArg: 'constructor' }, [], {}, null, true);
  const replaced = fc.tuple(json, fc.array(fc.tuple(fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostile), fc.constantFrom('__proto__', 'constructor', 'x', 'params', 'name')), { minLength: 1, maxLength: 4 })).map(([text, edits]) => {
    const doc = JSON.parse(text) as unknown;
    for (const [at, value, key] of edits) {
      const slots = objectsIn(doc);
      const target = slots[at % slots.length]!;
      const keys = Object.keys(target);
      const k = keys.length && at % 3 !== 0 ? keys[at % keys.length]! : key;
      Object.defineProperty(target, k, { value, enumerable: true, writable: true, configurable: true });
    }
    return JSON.stringify(doc);
  });
  const deep = fc.tuple(fc.constantFrom('[', '{"a":'), fc.integer({ min: 1, max: 100_000 })).map(([open, n]) => `{"format":1,"devices":${open.repeat(n)}`);
  return fc.oneof(json, replaced, mutate(json, ['{', '}', '[', ']', '"', ',', ':', '\\u0000', '1e999', '"__proto__":', 'null']), deep).map((text) => ({ kind: 'design' as const, text }));
}

function objectsIn(doc: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack = [doc];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v)) out.push(v as Record<string, unknown>);
    stack.push(...Object.values(v));
  }
  return out;
}
