import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportProject } from '../codegen/export';
import { loadDesign } from '../design/load';
import type { FuzzInput } from './check';
import { configInputs, designInputs } from './inputs';
import { type Bounds, runBounded } from './runner';

/**
 * The fuzz test (issue 9): the importer and the design loader get the corpus of every input that ever
 * failed, then random and mutated inputs, each in a child process bounded in time and heap. A new failure
 * is saved to `corpus/` (keep the file: it is replayed from then on) and fails the test.
 */
const CORPUS = fileURLToPath(new URL('./corpus', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../public/examples', import.meta.url));
const BOUNDS: Bounds = { ms: 20_000, heapMb: 512 };
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

function corpus(): FuzzInput[] {
  return readdirSync(CORPUS)
    .filter((f) => /\.(ml|json)$/.test(f))
    .sort()
    .map((f) => ({ kind: f.endsWith('.ml') ? 'config' : 'design', text: readFileSync(join(CORPUS, f), 'utf8') }));
}

/** Saves a failing input (idempotent: named by its hash) and returns its file name. */
function save(input: FuzzInput): string {
  const name = `${input.kind}-${createHash('sha256').update(input.text).digest('hex').slice(0, 12)}.${input.kind === 'config' ? 'ml' : 'json'}`;
  if (!existsSync(join(CORPUS, name))) writeFileSync(join(CORPUS, name), input.text);
  return name;
}

function exportedExamples(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .flatMap((f) => {
      const r = loadDesign(readFileSync(join(EXAMPLES, f), 'utf8'));
      return r.ok ? [exportProject(r.design)[0]!.contents] : [];
    });
}

async function check(inputs: FuzzInput[]): Promise<void> {
  const failures = await runBounded(inputs, BOUNDS);
  const report = failures.map((f) => `${save(f.input)}: ${f.why}`);
  expect(report, `failing inputs (saved in src/core/fuzz/corpus/)`).toEqual([]);
}

describe('fuzz: importer and design loader under a time and memory bound', () => {
  it('the corpus of inputs that ever failed passes', async () => {
    const inputs = corpus();
    expect(inputs.length).toBeGreaterThan(0);
    await check(inputs);
  }, 600_000);

  it('random and mutated config.ml files', async () => {
    const seeds = [...exportedExamples(), ...corpus().filter((i) => i.kind === 'config').map((i) => i.text)];
    await check(fc.sample(configInputs(seeds), RUNS));
  }, 600_000);

  it('random and mutated design files', async () => {
    await check(fc.sample(designInputs(), RUNS));
  }, 600_000);
});
