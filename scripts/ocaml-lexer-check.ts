// Part of `npm run test:ocaml`: the proof that src/core/ocaml/lexer.ts lexes like OCaml itself. Compiles
// scripts/ocaml-lexer/lexdump.ml against compiler-libs (the installed compiler's own lexer), feeds both
// lexers the same inputs — the lexical-convention cases of lexer.test.ts plus random and mutated token
// soups (fast-check, seeded) — and compares every token (class, start, end) and every error.
// OCaml accepting what we refuse is allowed only for the documented stricter rules. Exit 1 on a difference.
//   options: --n <random inputs, default 4000>  --seed <default 1>
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { lexOcaml } from '../src/core/ocaml/lexer';
import { LEXICAL_CASES } from '../src/core/ocaml/lexer-cases';
import { FRAGMENTS, SNIPPETS } from './ocaml-lexer/fragments';

const { values: opts } = parseArgs({ options: { n: { type: 'string', default: '4000' }, seed: { type: 'string', default: '1' } } });

interface Tok {
  cls: string;
  start: number;
  end: number;
}
type Outcome = { tokens: Tok[]; error: { start: number; end: number } | null };

function build(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const exe = join(dir, 'lexdump');
  const r = spawnSync('ocamlc', ['-I', '+compiler-libs', 'ocamlcommon.cma', resolve('scripts/ocaml-lexer/lexdump.ml'), '-o', exe], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot build lexdump: ${r.stderr}${r.stdout}`);
  return exe;
}

/** Runs OCaml's lexer on every input (one process); offsets converted from bytes to UTF-16 units. */
function ocamlLex(exe: string, inputs: readonly string[]): Outcome[] {
  const enc = new TextEncoder();
  const chunks = inputs.map((s) => {
    const b = enc.encode(s);
    return Buffer.concat([Buffer.from(`${b.length}\n`), Buffer.from(b)]);
  });
  const r = spawnSync(exe, [], { input: Buffer.concat(chunks), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`lexdump failed: ${r.stderr}`);
  const out: Outcome[] = [];
  let cur: Outcome | null = null;
  let map: number[] = [];
  for (const line of r.stdout.split('\n')) {
    if (line === 'BEGIN') {
      const src = inputs[out.length]!;
      map = byteToChar(src);
      cur = { tokens: [], error: null };
      out.push(cur);
    } else if (line.startsWith('ERROR ')) {
      const [, a, b] = line.split(' ');
      cur!.error = { start: map[Number(a)]!, end: map[Number(b)]! };
    } else if (line && line !== 'END') {
      const [cls, a, b] = line.split(' ');
      cur!.tokens.push({ cls: cls!, start: map[Number(a)]!, end: map[Number(b)]! });
    }
  }
  if (out.length !== inputs.length) throw new Error(`lexdump answered ${out.length} of ${inputs.length} inputs`);
  return out;
}

function byteToChar(s: string): number[] {
  const map: number[] = [];
  let u = 0;
  for (const ch of s) {
    const bytes = new TextEncoder().encode(ch).length;
    for (let k = 0; k < bytes; k++) map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

function ours(src: string): Outcome & { stricter: boolean } {
  const r = lexOcaml(src);
  return { tokens: r.tokens.map((t) => ({ cls: t.kind, start: t.start, end: t.end })), error: r.error, stricter: r.error?.stricter === true };
}

/** Why the two lexers disagree on `src`, or null when they agree. */
function compare(src: string, o: Outcome): string | null {
  const m = ours(src);
  if (o.error && !m.error) return `OCaml refuses at ${o.error.start}, we accept`;
  if (!o.error && m.error) return m.stricter ? null : `we refuse at ${m.error.start} (${lexOcaml(src).error!.message}), OCaml accepts`;
  if (o.error && m.error && o.error.start !== m.error.start && !m.stricter) return `both refuse, OCaml at ${o.error.start}, we at ${m.error.start}`;
  // Up to our error; when we refuse more strictly, tokens touching the refused character may differ.
  const upTo = m.error ? m.error.start : Infinity;
  const keep = (t: Tok) => (m.stricter ? t.end < upTo : t.end <= upTo);
  const a = o.tokens.filter(keep);
  const b = m.tokens.filter(keep);
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const x = a[k];
    const y = b[k];
    if (!x || !y || x.cls !== y.cls || x.start !== y.start || x.end !== y.end) {
      const show = (t?: Tok) => (t ? `${t.cls} ${JSON.stringify(src.slice(t.start, t.end))} @${t.start}` : 'nothing');
      return `token ${k}: OCaml ${show(x)}, we ${show(y)}`;
    }
  }
  return null;
}

function main(): number {
  const t0 = Date.now();
  const exe = build(resolve('.tmp/ocaml-lexer'));
  const soup = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', '\n')), { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
  const mutated = fc
    .tuple(fc.constantFrom(...SNIPPETS), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)), { maxLength: 4 }))
    .map(([s, edits]) => edits.reduce((acc, [at, f]) => acc.slice(0, at % (acc.length + 1)) + f + acc.slice(at % (acc.length + 1)), s));
  const n = Number(opts.n);
  const random = fc.sample(fc.oneof(soup, mutated), { numRuns: n, seed: Number(opts.seed) });
  const inputs = [...LEXICAL_CASES.map((c) => c.src), ...SNIPPETS, ...random];
  const outcomes = ocamlLex(exe, inputs);
  const failures: string[] = [];
  inputs.forEach((src, k) => {
    const why = compare(src, outcomes[k]!);
    if (why) failures.push(`${JSON.stringify(src)}\n    ${why}`);
  });
  for (const f of failures.slice(0, 30)) console.log(`ocaml-lexer-check: differs on ${f}`);
  const v = spawnSync('ocamlc', ['-version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`ocaml-lexer-check: ocamlc ${v}; ${inputs.length} inputs (${LEXICAL_CASES.length} lexical cases, ${SNIPPETS.length} snippets, ${n} random); ${failures.length} differ; ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return failures.length ? 1 : 0;
}

process.exit(main());
